import { isoOfDay } from "./moment.js";

/**
 * A finding's errors per UTC day as one flat list, `[day, count, day, count, …]` sorted by day (days since
 * 1970-01-01): most findings fall on a handful of days, so a list costs less than a Map, and logs written in time
 * order add to its last day, which is looked at first.
 */
export type DailyCounts = number[];

export function addDay(days: DailyCounts, day: number): void {
  let at = days.length - 2;
  while (at >= 0 && (days[at] as number) > day) at -= 2;
  if (at >= 0 && days[at] === day) {
    days[at + 1] = (days[at + 1] as number) + 1;
    return;
  }
  days.splice(at + 2, 0, day, 1);
}

/** The report's form: `{ "2025-09-14": 3, … }` in day order. */
export function dailyRecord(days: DailyCounts): Record<string, number> {
  const record: Record<string, number> = {};
  for (let at = 0; at < days.length; at += 2) record[isoOfDay(days[at] as number)] = days[at + 1] as number;
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
