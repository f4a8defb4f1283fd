import type { LogRecord } from "../records/log-record.js";
import type { Example } from "../report/report-schema.js";
import { detach } from "../util/detach.js";

/** Examples kept per finding and per unexplained template. */
export const EXAMPLE_LIMIT = 3;

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

/** Cheap pre-check so the hot path does not build an example object that would be thrown away. */
export function wouldKeep(examples: readonly Example[], record: LogRecord): boolean {
  const last = examples[examples.length - 1];
  if (examples.length < EXAMPLE_LIMIT || last === undefined) return true;
  const source = record.source ?? "";
  const lastSource = last.source ?? "";
  return source === lastSource ? record.line < last.line : source < lastSource;
}

export function exampleOf(record: LogRecord): Example {
  return { line: record.line, message: detach(record.message ?? ""), ...optional(record) };
}

function optional(record: LogRecord): Pick<Example, "source" | "student"> {
  const extra: Pick<Example, "source" | "student"> = {};
  if (record.source !== undefined) extra.source = record.source;
  const student = record.studentName ?? record.studentId;
  if (student !== undefined) extra.student = detach(student);
  return extra;
}
