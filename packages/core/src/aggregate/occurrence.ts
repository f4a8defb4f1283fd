import type { Example } from "../report/report-schema.js";

/**
 * When something happened, for "is this error still there?" questions: the timestamp when the log has one, and
 * the record's position in the analysis otherwise (logs without timestamps are read in the order they were written).
 */
export interface Moment {
  /** Epoch milliseconds, or NaN when the record had no timestamp. */
  time: number;
  seq: number;
}

export function isAfter(a: Moment, b: Moment): boolean {
  if (!Number.isNaN(a.time) && !Number.isNaN(b.time)) return a.time > b.time;
  return a.seq > b.seq;
}

export function later(a: Moment | undefined, b: Moment): Moment {
  return a === undefined || isAfter(b, a) ? b : a;
}

/** Examples are kept in (source, line) order so the few we keep do not depend on how inputs were split. */
export function compareExamples(a: Example, b: Example): number {
  const sa = a.source ?? "";
  const sb = b.source ?? "";
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.line - b.line;
}

/** Insert into a sorted, capped list; returns whether it was kept. */
export function keepExample(examples: Example[], example: Example, limit: number): boolean {
  if (examples.length >= limit && compareExamples(example, examples[examples.length - 1] as Example) >= 0) return false;
  let at = examples.length;
  while (at > 0 && compareExamples(example, examples[at - 1] as Example) < 0) at--;
  examples.splice(at, 0, example);
  if (examples.length > limit) examples.pop();
  return true;
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
