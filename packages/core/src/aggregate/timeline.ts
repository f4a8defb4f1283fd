import { isoOfDay } from "./moment.js";

/** Errors per UTC day of one entry (null: the errors no entry explains), by whether their finding is resolved. */
export interface TimelineSeries {
  entry: string | null;
  unresolved: number[];
  resolved: number[];
}

/** Every day from the first error to the last, so a chart's axis is even; one series per entry. */
export interface Timeline {
  from: string;
  to: string;
  series: TimelineSeries[];
}

interface Counts {
  unresolved: Map<number, number>;
  resolved: Map<number, number>;
}

const DAY_MS = 86_400_000;

/**
 * The report's timeline, added to one finding's day counts at a time: a few counts per entry and day, however many
 * findings and records there are. Days are numbers since 1970-01-01, as the aggregation counts them.
 */
export class TimelineBuilder {
  private readonly byEntry = new Map<string | null, Counts>();
  private first = Number.POSITIVE_INFINITY;
  private last = Number.NEGATIVE_INFINITY;

  add(entry: string | null, resolved: boolean, day: number, count: number): void {
    let counts = this.byEntry.get(entry);
    if (counts === undefined) {
      counts = { unresolved: new Map(), resolved: new Map() };
      this.byEntry.set(entry, counts);
    }
    const into = resolved ? counts.resolved : counts.unresolved;
    into.set(day, (into.get(day) ?? 0) + count);
    if (day < this.first) this.first = day;
    if (day > this.last) this.last = day;
  }

  /** A report's day text (YYYY-MM-DD) as a day number. */
  static dayOf(iso: string): number {
    return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
  }

  /** Another timeline's counts, as they stand (a merge of reports that cannot decide resolution again). */
  addTimeline(timeline: Timeline): void {
    const from = TimelineBuilder.dayOf(timeline.from);
    for (const series of timeline.series) {
      for (const [resolved, counts] of [
        [false, series.unresolved],
        [true, series.resolved],
      ] as const) {
        counts.forEach((count, offset) => {
          if (count > 0) this.add(series.entry, resolved, from + offset, count);
        });
      }
    }
  }

  /** Null when no error had a timestamp. Series by entry id, the unexplained errors last. */
  result(): Timeline | null {
    if (this.byEntry.size === 0) return null;
    const length = this.last - this.first + 1;
    const dense = (counts: Map<number, number>) => {
      const out = new Array<number>(length).fill(0);
      for (const [day, count] of counts) out[day - this.first] = count;
      return out;
    };
    const series = [...this.byEntry]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
      .map(([entry, counts]) => ({ entry, unresolved: dense(counts.unresolved), resolved: dense(counts.resolved) }));
    return { from: isoOfDay(this.first), to: isoOfDay(this.last), series };
  }
}
