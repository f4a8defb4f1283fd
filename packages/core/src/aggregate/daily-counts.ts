import { isoOfDay } from "./moment.js";

/**
 * A finding's errors per UTC day (days since 1970-01-01), sorted by day, one number per day: `day * DAY_SLOT +
 * count`, in an array of exactly its length while short: tens of thousands of findings each keep a few to a few
 * hundred days, and `[day, count, …]` grown by splice cost them two elements per day plus the slack splice
 * reserves (8 MB of a district's 1M-line run). Logs written in time order add to the last day, looked at first.
 */
export type DailyCounts = number[];

/** Counts stay below this (2^32 errors of one finding on one day), days below 2^21: the sum is an exact double. */
const DAY_SLOT = 2 ** 32;

/** Up to this many days a list is kept at its exact length. */
const EXACT_DAYS = 8;

export function dayAt(days: DailyCounts, at: number): number {
  return Math.floor((days[at] as number) / DAY_SLOT);
}

export function countAt(days: DailyCounts, at: number): number {
  return (days[at] as number) % DAY_SLOT;
}

/** The counts with one more error on `day`: the same list when the day was there, else a new one. */
export function addDay(days: DailyCounts | null, day: number): DailyCounts {
  if (days === null) return [day * DAY_SLOT + 1];
  const at = lastAtOrBefore(days, day);
  if (at >= 0 && dayAt(days, at) === day) {
    days[at] = (days[at] as number) + 1;
    return days;
  }
  const entry = day * DAY_SLOT + 1;
  // Short lists are made anew at exactly their length (most findings have a few days); longer ones grow in place,
  // as a copy per new day of a finding seen on hundreds of days would be garbage for the old generation.
  if (days.length < EXACT_DAYS) return days.slice(0, at + 1).concat(entry, days.slice(at + 1));
  days.splice(at + 1, 0, entry);
  return days;
}

/**
 * Where the last day not after `day` is (-1: none): the last day first, as logs in time order add to it; else by
 * halving, as a district's export in no order would scan a finding's hundreds of days per error.
 */
function lastAtOrBefore(days: DailyCounts, day: number): number {
  let high = days.length - 1;
  if (dayAt(days, high) <= day) return high;
  let low = -1;
  // Invariant: dayAt(low) <= day < dayAt(high), with low = -1 standing for "before the first".
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (dayAt(days, middle) <= day) low = middle;
    else high = middle;
  }
  return low;
}

/** The report's form: `{ "2025-09-14": 3, … }` in day order. */
export function dailyRecord(days: DailyCounts): Record<string, number> {
  const record: Record<string, number> = {};
  for (let at = 0; at < days.length; at++) record[isoOfDay(dayAt(days, at))] = countAt(days, at);
  return record;
}

/** Two reports' counts per day added up, in day order (ISO dates sort as text). */
export function mergeDaily(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): Record<string, number> {
  const sums = new Map(Object.entries(a));
  for (const [day, count] of Object.entries(b)) sums.set(day, (sums.get(day) ?? 0) + count);
  return Object.fromEntries([...sums].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
