import type { Report } from "@sis/core";
import { UNKNOWN_ENTRY_KEY } from "./overview-data.js";

/** Entries drawn in their own colour; the rest are summed as "other entries". */
export const TOP_ENTRIES = 5;
/** Up to this many days a bar per day; a longer log gets a bar per week (Monday to Sunday) so bars stay visible. */
const MAX_DAILY_BARS = 400;
const DAY_MS = 86_400_000;
export const OTHER_KEY = "(other)";

export interface TimelineBar {
  /** First day of the bar, YYYY-MM-DD. */
  start: string;
  /** Errors per series key (entry id, OTHER_KEY, UNKNOWN_ENTRY_KEY). */
  bySeries: Map<string, number>;
  resolved: number;
  unresolved: number;
  total: number;
}

export interface Timeline {
  /** 1 (per day) or 7 (per week). */
  daysPerBar: number;
  bars: TimelineBar[];
  /** Series keys in drawing order: the top entries, then other entries, then unknown errors. */
  series: string[];
}

/** Errors per day (or week) from the report's timeline, split by entry and by resolved or not. */
export function timelineOf(report: Report, entryTotals: ReadonlyMap<string, { errors: number }>): Timeline | null {
  if (!report.timeline) return null;
  const top = new Set(
    [...entryTotals]
      .filter(([key]) => key !== UNKNOWN_ENTRY_KEY)
      .sort(([, a], [, b]) => b.errors - a.errors)
      .slice(0, TOP_ENTRIES)
      .map(([key]) => key),
  );
  const first = Date.parse(`${report.timeline.from}T00:00:00Z`) / DAY_MS;
  const perDay = new Map<number, TimelineBar>();
  for (const series of report.timeline.series) {
    const key = series.entry === null ? UNKNOWN_ENTRY_KEY : top.has(series.entry) ? series.entry : OTHER_KEY;
    for (const [state, counts] of [
      ["unresolved", series.unresolved],
      ["resolved", series.resolved],
    ] as const) {
      counts.forEach((count, offset) => {
        if (count === 0) return;
        const bar = barOf(perDay, first + offset);
        bar.bySeries.set(key, (bar.bySeries.get(key) ?? 0) + count);
        bar[state] += count;
        bar.total += count;
      });
    }
  }
  if (perDay.size === 0) return null;
  const days = [...perDay.keys()];
  const last = Math.max(...days);
  const daysPerBar = last - first + 1 > MAX_DAILY_BARS ? 7 : 1;
  const series = [...top, OTHER_KEY, UNKNOWN_ENTRY_KEY].filter((key) =>
    [...perDay.values()].some((bar) => bar.bySeries.has(key)),
  );
  return { daysPerBar, bars: bars(perDay, first, last, daysPerBar), series };
}

function barOf(bars: Map<number, TimelineBar>, day: number): TimelineBar {
  let bar = bars.get(day);
  if (!bar) {
    bar = { start: isoDay(day), bySeries: new Map(), resolved: 0, unresolved: 0, total: 0 };
    bars.set(day, bar);
  }
  return bar;
}

/** Every day (or week) from first to last, empty ones included so the axis is even. */
function bars(perDay: ReadonlyMap<number, TimelineBar>, first: number, last: number, step: number): TimelineBar[] {
  // 1970-01-01 was a Thursday: day 4 is a Monday.
  const start = step === 7 ? first - ((((first - 4) % 7) + 7) % 7) : first;
  const out: TimelineBar[] = [];
  for (let day = start; day <= last; day += step) {
    const bar: TimelineBar = { start: isoDay(day), bySeries: new Map(), resolved: 0, unresolved: 0, total: 0 };
    for (let offset = 0; offset < step; offset++) {
      const of = perDay.get(day + offset);
      if (!of) continue;
      for (const [key, count] of of.bySeries) bar.bySeries.set(key, (bar.bySeries.get(key) ?? 0) + count);
      bar.resolved += of.resolved;
      bar.unresolved += of.unresolved;
      bar.total += of.total;
    }
    out.push(bar);
  }
  return out;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
