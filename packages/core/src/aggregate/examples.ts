import { LIMITS } from "../limits.js";
import type { LogRecord } from "../records/log-record.js";

/** A log line kept to show what a finding or template looks like: where it is, its message and its student. */
export interface Example {
  line: number;
  source?: string;
  message: string;
  student?: string;
}

/** Examples are kept in (source, line) order so the few we keep do not depend on how inputs were split. */
export function compareExamples(a: Example, b: Example): number {
  const sa = a.source ?? "";
  const sb = b.source ?? "";
  if (sa !== sb) return sa < sb ? -1 : 1;
  return a.line - b.line;
}

/**
 * The sorted, capped list with `example` in it, or the same list when it does not make the cut. A new list of
 * exactly the kept length: tens of thousands of findings keep one or two examples each, and a list grown by push
 * reserves 16 slots.
 */
export function withExample(examples: readonly Example[], example: Example): readonly Example[] {
  const limit = LIMITS.examples;
  if (examples.length >= limit && compareExamples(example, examples[examples.length - 1] as Example) >= 0) {
    return examples;
  }
  let at = examples.length;
  while (at > 0 && compareExamples(example, examples[at - 1] as Example) < 0) at--;
  const kept = examples.slice(0, at).concat(example, examples.slice(at));
  return kept.length > limit ? kept.slice(0, limit) : kept;
}

/** Cheap pre-check so the hot path does not build an example object that would be thrown away. */
export function wouldKeep(examples: readonly Example[], record: LogRecord): boolean {
  const last = examples[examples.length - 1];
  if (examples.length < LIMITS.examples || last === undefined) return true;
  const source = record.source ?? "";
  const lastSource = last.source ?? "";
  return source === lastSource ? record.line < last.line : source < lastSource;
}

/**
 * The example a record makes. `message` and `student` are the texts to keep (copies detached from the input, and
 * shared: the same message text in a thousand findings is one string).
 */
export function exampleOf(record: LogRecord, message: string, student: string | null): Example {
  // Fields in the report's order: a merge that names the source again writes the same text. Each shape is one
  // literal, so V8 gives it room for every field: a field added later would cost each example a property array.
  const { line, source } = record;
  if (source === undefined) return student === null ? { line, message } : { line, message, student };
  return student === null ? { line, source, message } : { line, source, message, student };
}
