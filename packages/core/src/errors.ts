import { plural } from "./util/plural.js";

/**
 * Typed failures of the analysis. Everything the core throws on bad input is one of these, so the CLI can print the
 * message and pick exit code 2 without a stack trace.
 */
export const INPUT_ERROR_CODES = [
  "empty-input",
  "binary-input",
  "not-a-log",
  "no-records",
  "no-outcome-column",
  "unreadable-input",
  "corrupt-compression",
  "not-a-report",
  "not-mergeable",
] as const;
export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly source?: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export interface CatalogProblem {
  /** The catalog source (directory) the file belongs to, when known: with several, `file` alone is ambiguous. */
  source?: string;
  /** File the problem is in (relative to the catalog directory when known). */
  file: string;
  /** JSON path inside the file, such as `samples.match[2].captures.category`; empty for the file as a whole. */
  path: string;
  /** Stable code of the check that failed. */
  code: string;
  message: string;
  /** 1-based line and column in the file, for problems a position locates (a file that is not JSON). */
  line?: number;
  column?: number;
}

export class CatalogError extends Error {
  override readonly name = "CatalogError";
  constructor(readonly problems: readonly CatalogProblem[]) {
    super(`the catalog has ${plural(problems.length, "problem")}`);
  }
}
