import { CatalogError, InputError } from "@sis/core";
import { STDIN_NAME } from "@sis/core/node";
import { CommanderError } from "commander";
import { formatProblem } from "./render/problem-line.js";
import { UsageError } from "./usage-error.js";

export const USAGE_HINT = "run `gpb-analyze --help` for usage";

/**
 * The lines to print on stderr for anything that ended a run early. Known failures say what was expected, what
 * arrived and where; anything else is a bug of ours, shown as one line because a stack trace helps nobody at a
 * support desk.
 */
export function describeFailure(error: unknown): string[] {
  if (error instanceof InputError) {
    const file = error.source === STDIN_NAME ? "stdin" : (error.source ?? "input");
    const where = `${file}${error.line ? `:${error.line}` : ""}`;
    return [`error: ${where}: ${error.code}: ${withoutSource(error)}`];
  }
  if (error instanceof CatalogError) {
    return [`error: ${error.message}:`, ...error.problems.map((problem) => `  ${formatProblem(problem)}`)];
  }
  if (error instanceof UsageError) return [`error: ${error.message}`, `(${USAGE_HINT})`];
  // Commander has already printed its own message for usage mistakes.
  if (error instanceof CommanderError) return [];
  const message = error instanceof Error ? error.message : String(error);
  return [`internal error: ${message}`];
}

/** Core's messages start with the input's name for library callers; the line already names it once. */
function withoutSource(error: InputError): string {
  const prefix = `${error.source}: `;
  return error.source !== undefined && error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message;
}
