import type { ObjectRef, Prediction } from "../model.js";
import { type CheckContext, silently } from "./check-context.js";

/** How Canvas reads a date cell of an SIS import (ActiveSupport's `Time.zone.parse`, i.e. Ruby's `Date._parse`). */
export type DateReading =
  | { kind: "ok"; time: number | null }
  /** Ruby raises: Canvas writes "Bad date format for …". */
  | { kind: "bad" }
  /** Read day first without a word: `03/04/2025` is 3 April. */
  | { kind: "day-first"; readAs: string; time: number }
  /** Not ISO 8601; Ruby's lenient reader may take another date from it, or none. */
  | { kind: "unrecognised" };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]m)?)?$/i;
const YEAR_FIRST_SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const MONTHS = "January February March April May June July August September October November December".split(" ");

/**
 * The reading of a date cell: empty and `<delete>` clear the date; ISO 8601 is read as written (an impossible day
 * such as 2025-02-30 raises); `a/b/y` is day/month/year, so a month above 12 raises and a day of 12 or less is read
 * day first silently; anything else is left to Ruby's guesswork.
 */
export function readCanvasDate(value: string): DateReading {
  if (value === "" || value === "<delete>") return { kind: "ok", time: null };
  const iso = ISO.exec(value);
  if (iso) {
    const time = timeOf(Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0));
    return time === null ? { kind: "bad" } : { kind: "ok", time };
  }
  const ymd = YEAR_FIRST_SLASHED.exec(value);
  if (ymd) {
    const time = timeOf(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), 0, 0);
    return time === null ? { kind: "bad" } : { kind: "ok", time };
  }
  const slashed = SLASHED.exec(value);
  if (slashed) {
    const [day, month] = [Number(slashed[1]), Number(slashed[2])];
    const short = Number(slashed[3]);
    const year = (slashed[3] as string).length === 2 ? 2000 + short : short;
    const time = timeOf(year, month, day, 0, 0);
    if (time === null) return { kind: "bad" };
    if (day <= 12 && day !== month) return { kind: "day-first", readAs: `${day} ${MONTHS[month - 1]} ${year}`, time };
    return { kind: "ok", time };
  }
  return { kind: "unrecognised" };
}

/** UTC milliseconds of a calendar date, or null when there is no such day or time. */
function timeOf(year: number, month: number, day: number, hour: number, minute: number): number | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const time = Date.UTC(year, month - 1, day, hour, minute);
  return new Date(time).getUTCDate() === day ? time : null;
}

/** The times of a row's start and end, when both were read. */
export function endsBeforeStart(start: DateReading, end: DateReading): boolean {
  const from = start.kind === "ok" || start.kind === "day-first" ? start.time : null;
  const to = end.kind === "ok" || end.kind === "day-first" ? end.time : null;
  return from !== null && to !== null && to < from;
}

const NO_DATES: [DateReading, DateReading] = [
  { kind: "ok", time: null },
  { kind: "ok", time: null },
];

/**
 * The predictions for a row's two date cells: the entry's "Bad date format" message once (Canvas stops at the first
 * date it cannot read), slash dates read day first, and dates left to guesswork. Returns the two readings.
 */
export function predictDates(
  context: CheckContext,
  row: number,
  values: readonly [start: string, end: string],
  bad: () => Prediction,
  objects: readonly ObjectRef[],
): [DateReading, DateReading] {
  if (values[0] === "" && values[1] === "") return NO_DATES;
  const readings = values.map(readCanvasDate) as [DateReading, DateReading];
  if (readings.some((reading) => reading.kind === "bad")) context.predict(bad());
  readings.forEach((reading, at) => {
    const value = values[at] as string;
    if (reading.kind === "day-first") {
      context.predict(silently("slash-date-day-first", row, { value, readAs: reading.readAs }, objects, "possible"));
    } else if (reading.kind === "unrecognised") {
      context.predict(silently("unrecognised-date", row, { value }, objects, "possible"));
    }
  });
  return readings;
}
