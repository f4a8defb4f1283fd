import { InputError } from "../../errors.js";
import { RECORD_FIELDS } from "../../records/record-fields.js";
import type { FieldTarget } from "./field-aliases.js";

/**
 * Whether a column says a row's outcome: its message (an error when there is one), its status, the log level of a
 * service log or the HTTP status of a request log. Without any of them every row reads as info, and a run would
 * report "no errors" for a file that may hold nothing but failures.
 */
export function saysOutcome(target: FieldTarget): boolean {
  return (
    target.kind === "message" ||
    target.kind === "status" ||
    target.kind === "level-or-status" ||
    target.kind === "http-status"
  );
}

const EXPECTED_CONTENT = {
  message: "one whose values read like error text",
  status: "one whose values are status words (failed, success, error, ok, …)",
} satisfies Record<"message" | "status", string>;

/** "named message, error, error_message, details, … or one whose values read like error text" */
export function namedOrContent(field: "message" | "status"): string {
  return `named ${RECORD_FIELDS[field].aliases.slice(0, 4).join(", ")}, … or ${EXPECTED_CONTENT[field]}`;
}

/** What a message or status column looks like when the file has no header row, so only values can say. */
export function expectedContent(field: "message" | "status"): string {
  return EXPECTED_CONTENT[field];
}

/**
 * The refusal of an input whose columns (or keys) say nothing of any row's outcome.
 * @param arrived what the input has instead, as "the header on line 1 has course_id, student_id".
 */
export function noOutcomeColumn(
  source: string | undefined,
  column: "column" | "key",
  arrived: string,
  line: number,
): InputError {
  const named = (aliases: readonly string[], count: number) => `named ${aliases.slice(0, count).join(", ")}, …`;
  return new InputError(
    "no-outcome-column",
    `${source ?? "input"}: expected a ${column} that says whether each row failed: its error message ` +
      `(${named(RECORD_FIELDS.message.aliases, 4)} or holding error text), its sync status ` +
      `(${named(RECORD_FIELDS.status.aliases, 4)} or holding words such as failed, success, ok), its log level ` +
      `(${named(RECORD_FIELDS.level.ambiguous.aliases, 2)}) or its HTTP status ` +
      `(${named(RECORD_FIELDS.httpStatus.aliases, 2)}), but ${arrived}, so no row can be told from a success ` +
      `and the input is not read; export the log with its message or status ${column}, or rename that ${column} to ` +
      "one of those names",
    source,
    line,
  );
}
