import { isDigitCode, isDigits } from "../../util/digits.js";

/**
 * Normalises the date forms real exports use to ISO 8601. Times without a zone are read as UTC so every timestamp
 * of an input compares the same way; a string already in the canonical `YYYY-MM-DDTHH:mm:ss[.sss]Z` form is returned
 * untouched without allocating (the hot path for machine exports). Returns undefined when the value is not a date.
 * `dayFirst` says how a slash date with the year last is read: `03/09/2025` is 9 March month first (the US
 * default), 3 September day first; a value only the other order can read (`14/09/2025` month first) is no date.
 */
export function parseDate(value: string, dayFirst = false): string | undefined {
  const length = value.length;
  if (length >= 20 && value.charCodeAt(length - 1) === 90 /* Z */ && isIsoDateTimePrefix(value)) {
    if (isCalendarDateTime(value)) return value;
  }
  const trimmed = value.trim();
  if (trimmed.length === 0) return undefined;
  if (isDigits(trimmed)) return fromEpoch(trimmed);
  if (isIsoDatePrefix(trimmed)) return fromIso(trimmed);
  const slash = trimmed.indexOf("/");
  if (slash === 4) return fromYearFirstSlashes(trimmed);
  if (slash > 0) return fromYearLastSlashes(trimmed, dayFirst);
  const dot = trimmed.indexOf(".");
  if (dot === 1 || dot === 2) return fromDottedDate(trimmed);
  return undefined;
}

/** Is the value a date in either slash order? For telling what a column holds before its order is decided. */
export function isDate(value: string): boolean {
  return parseDate(value) !== undefined || (value.indexOf("/") > 0 && parseDate(value, true) !== undefined);
}

/** `YYYY-MM-DD` at the start. */
function isIsoDatePrefix(text: string): boolean {
  return (
    text.length >= 10 &&
    isDigitCode(text.charCodeAt(0)) &&
    isDigitCode(text.charCodeAt(3)) &&
    text.charCodeAt(4) === 45 &&
    isDigitCode(text.charCodeAt(5)) &&
    text.charCodeAt(7) === 45 &&
    isDigitCode(text.charCodeAt(9))
  );
}

/** `YYYY-MM-DDTHH:mm:ss` at the start. */
function isIsoDateTimePrefix(text: string): boolean {
  return (
    isIsoDatePrefix(text) && text.charCodeAt(10) === 84 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58
  );
}

function fromEpoch(digits: string): string | undefined {
  // 9-10 digits are seconds (1973-2286), 12-13 digits milliseconds; other lengths are ids, not times.
  const number = Number(digits);
  if (digits.length === 9 || digits.length === 10) return toIso(number * 1000, false);
  if (digits.length === 12 || digits.length === 13) return toIso(number, true);
  return undefined;
}

/** The fraction of a second may follow a comma: Python's logging and log4j write `2025-09-14 15:00:00,123`. */
const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})([.,]\d{1,9})?)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;

function fromIso(text: string): string | undefined {
  const match = ISO_PATTERN.exec(text);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  if (hour === undefined) return validDay(Number(year), Number(month), Number(day)) ? text.slice(0, 10) : undefined;
  const offsetMinutes = zoneOffsetMinutes(zone);
  const millis =
    Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second ?? 0)) +
    Math.round(Number(`0.${fraction?.slice(1) ?? 0}`) * 1000) -
    offsetMinutes * 60_000;
  if (!validDay(Number(year), Number(month), Number(day)) || Number(hour) > 23 || Number(minute) > 59) return undefined;
  return toIso(millis, fraction !== undefined);
}

/**
 * Does the canonical form name a day of the calendar and a time of day? Without this look `2025-02-30T10:00:00Z`
 * passed as written; read, it would have been 2 March. A day up to 28 exists in every month, so only the 29th to
 * 31st pay for the month's length. A value that fails takes the full path, which refuses it or reads it there.
 */
function isCalendarDateTime(text: string): boolean {
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (month < 1 || month > 12 || day < 1 || twoDigits(text, 11) > 23 || twoDigits(text, 14) > 59) return false;
  return day <= 28 || validDay(Number(text.slice(0, 4)), month, day);
}

/** The number the two characters at `start` write, or 99 (out of every range checked) when they are not digits. */
function twoDigits(text: string, start: number): number {
  const tens = text.charCodeAt(start) - 48;
  const ones = text.charCodeAt(start + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : 99;
}

function zoneOffsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone.length <= 3) return 0;
  const sign = zone[0] === "-" ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

/**
 * Year first with slashes (`2025/09/14 10:00:00`): unambiguous, as no one writes the year between day and month.
 * The date is rewritten with dashes and the rest (time, zone) read as ISO_PATTERN reads it.
 */
const YEAR_FIRST_SLASHES = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(.*)$/;

function fromYearFirstSlashes(text: string): string | undefined {
  const match = YEAR_FIRST_SLASHES.exec(text);
  if (match === null) return undefined;
  const [, year = "", month = "", day = "", rest = ""] = match;
  return fromIso(`${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}${rest}`);
}

const YEAR_LAST_SLASHES =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

function fromYearLastSlashes(text: string, dayFirst: boolean): string | undefined {
  const match = YEAR_LAST_SLASHES.exec(text);
  if (match === null) return undefined;
  const [, firstPart, secondPart, yearText = "", hourText, minute, second, meridiem] = match;
  const month = dayFirst ? secondPart : firstPart;
  const day = dayFirst ? firstPart : secondPart;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (!validDay(year, Number(month), Number(day))) return undefined;
  if (hourText === undefined) return toIso(Date.UTC(year, Number(month) - 1, Number(day)), false)?.slice(0, 10);
  let hour = Number(hourText);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = (meridiem.charCodeAt(0) | 32) === 112;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || Number(minute) > 59) return undefined;
  return toIso(Date.UTC(year, Number(month) - 1, Number(day), hour, Number(minute), Number(second ?? 0)), false);
}

// Day first: the dotted form is written so wherever it is used (de, fr-CH, nl-BE, ru, …, a spreadsheet's export).
const DOTTED_PATTERN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function fromDottedDate(text: string): string | undefined {
  const match = DOTTED_PATTERN.exec(text);
  if (match === null) return undefined;
  const [, day, month, year, hour, minute, second] = match;
  if (!validDay(Number(year), Number(month), Number(day))) return undefined;
  if (hour === undefined) return toIso(Date.UTC(Number(year), Number(month) - 1, Number(day)), false)?.slice(0, 10);
  if (Number(hour) > 23 || Number(minute) > 59) return undefined;
  const millis = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second ?? 0),
  );
  return toIso(millis, false);
}

/** Days of each month in a common year; February gains a day in a leap year. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Is this a day of the calendar? `Date.UTC` would carry 31 February into March, so `02/31/2025` would become a
 * real-looking 3 March: an impossible date is no date, and is counted as one.
 */
function validDay(year: number, month: number, day: number): boolean {
  if (year < 1970 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  if (day <= 28) return true;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number));
}

function toIso(millis: number, keepFraction: boolean): string | undefined {
  const date = new Date(millis);
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  // Exports without fractional seconds stay without them, so equal inputs compare equal as text.
  return keepFraction ? iso : `${iso.slice(0, 19)}Z`;
}
