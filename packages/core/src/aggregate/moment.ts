/**
 * When something happened, for "is this error still there?" questions, as one number: epoch milliseconds when the
 * record has a timestamp, and otherwise its position in the analysis (logs without timestamps are read in the
 * order they were written). Positions stay far below any real timestamp, so the two never pass for each other.
 * One plain number per student and finding keeps the state the analysis holds small.
 */
export type Moment = number;

/** 1990-01-01: no Grade Sync log is older, and no log has this many records. */
const EARLIEST_TIMESTAMP_MS = 631_152_000_000;

export function momentOf(timestamp: string | undefined, seq: number): Moment {
  if (timestamp === undefined) return seq;
  const ms = isoToMs(timestamp);
  return Number.isNaN(ms) ? seq : ms;
}

/** The ISO form of a moment, or null when it was only a position. */
export function isoOfMoment(moment: Moment): string | null {
  return moment >= EARLIEST_TIMESTAMP_MS && moment < Number.POSITIVE_INFINITY ? new Date(moment).toISOString() : null;
}

/**
 * Timestamps arrive normalised by the reader (`YYYY-MM-DDTHH:mm:ss[.sss]Z` or `YYYY-MM-DD`); reading their digits
 * directly is several times faster than Date.parse, which this runs for every record.
 */
export function isoToMs(iso: string): number {
  const length = iso.length;
  if (length === 10 || (length >= 20 && iso.charCodeAt(length - 1) === 90 /* Z */ && iso.charCodeAt(10) === 84)) {
    const year = digits(iso, 0, 4);
    const month = digits(iso, 5, 2);
    const day = digits(iso, 8, 2);
    if (length === 10) return Date.UTC(year, month - 1, day);
    const millis = length >= 24 && iso.charCodeAt(19) === 46 /* . */ ? digits(iso, 20, 3) : 0;
    return Date.UTC(year, month - 1, day, digits(iso, 11, 2), digits(iso, 14, 2), digits(iso, 17, 2), millis);
  }
  return Date.parse(iso);
}

/** NaN (and so a fallback) as soon as a character is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return Number.NaN;
    value = value * 10 + code;
  }
  return value;
}

export function minIso(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b < a ? b : a;
}

export function maxIso(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b > a ? b : a;
}

const DAY_MS = 86_400_000;

/** The UTC day (days since 1970-01-01) of a moment that is a timestamp; null for a position in the log. */
export function dayOfMoment(moment: Moment): number | null {
  return moment >= EARLIEST_TIMESTAMP_MS && moment < Number.POSITIVE_INFINITY ? Math.floor(moment / DAY_MS) : null;
}

/** Day strings made so far: a year of logs has a few hundred days, and every finding names some of them. */
const dayTexts = new Map<number, string>();

/** `YYYY-MM-DD` of a day number from dayOfMoment. */
export function isoOfDay(day: number): string {
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dayTexts.set(day, text);
  }
  return text;
}
