import { InputError } from "../../errors.js";
import { fieldForName } from "../fields/field-aliases.js";

/**
 * Canvas exports a teacher or an admin attaches instead of a grade sync log: each holds grades or Canvas's own
 * records, never whether a grade reached the SIS, so read as a log it would say "no errors" or make findings of
 * scores. Each is told by columns no log has; a file with a column of messages is a log whatever else it has.
 */
export type CanvasExport = "gradebook" | "grade-export" | "grade-publishing" | "provisioning-report";

const EXPORT_THE_LOG = "export the Grade Sync log (Canvas or the SIS) as CSV and pass that";

const EXPORTS = {
  // Gradebook > Export: Student,ID,SIS User ID,SIS Login ID,Section,<Assignment> (<id>),…, a "Points Possible" row.
  gradebook: {
    what: "Canvas's Gradebook export (each student's scores by assignment)",
    advice: `it holds grades, not whether they reached the SIS; ${EXPORT_THE_LOG}`,
    is: (names) =>
      names.has("student") &&
      (names.has("sis user id") || names.has("sis login id")) &&
      [...names].some((name) => ASSIGNMENT_COLUMN.test(name) || SCORE_COLUMNS.has(name)),
  },
  // Admin > Reports > Grade Export: student name,student id,student sis,course,…,current score,final score,…
  "grade-export": {
    what: "Canvas's \"Grade Export\" report (each enrollment's current and final score)",
    advice: `it holds grades, not whether they reached the SIS; ${EXPORT_THE_LOG}`,
    is: (names) => names.has("student sis") && (names.has("current score") || names.has("final score")),
  },
  // What Canvas's own final-grade publishing sends the SIS: publisher_id,…,student_sis_id,enrollment_id,…,score.
  "grade-publishing": {
    what: "the final grades Canvas publishes to the SIS (its grade publishing CSV)",
    advice:
      "it holds the grades sent, not what became of them; the SIS answers in grade_publishing_results.csv, given " +
      `in an SIS import (pass that import's zip or CSVs), or ${EXPORT_THE_LOG}`,
    is: (names) => names.has("publisher_id") && names.has("student_sis_id") && names.has("score"),
  },
  // Admin > Reports > Provisioning: users.csv with canvas_user_id,user_id,…,created_by_sis; courses.csv with
  // canvas_course_id,…: what Canvas holds now, its own ids beside the SIS ids. No import file has such a column.
  "provisioning-report": {
    what: "a Canvas provisioning report (Admin > Reports > Provisioning), a list of what Canvas holds now",
    advice:
      "it is no SIS import either (it lists Canvas's objects, not what was uploaded), and this tool does not read " +
      "it; for an SIS import, pass the zip or " +
      "CSVs that were uploaded, or the import's errors file or JSON (Admin > SIS Import); for grade passback, " +
      EXPORT_THE_LOG,
    is: (names) => names.has("created_by_sis") && [...names].some((name) => /^canvas_[a-z_]+_id$/.test(name)),
  },
} satisfies Record<CanvasExport, { what: string; advice: string; is: (names: ReadonlySet<string>) => boolean }>;

/** A Gradebook column of an assignment: its name and Canvas's id, `Essay 1 (1234)`. */
const ASSIGNMENT_COLUMN = /\(\d+\)$/;
const SCORE_COLUMNS: ReadonlySet<string> = new Set(["current score", "final score", "current points", "final points"]);

/** Which Canvas export a header row is, from its column names (any case, spaces around them trimmed); or null. */
export function canvasExportOf(header: readonly string[]): CanvasExport | null {
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  if ([...names].some((name) => fieldForName(name)?.kind === "message")) return null;
  for (const [kind, spec] of Object.entries(EXPORTS) as [CanvasExport, (typeof EXPORTS)[CanvasExport]][]) {
    if (spec.is(names)) return kind;
  }
  return null;
}

/** The refusal of a Canvas export given as a log: what it is, and what to export instead. */
export function wrongCanvasExport(kind: CanvasExport, source: string | undefined, line: number): InputError {
  const { what, advice } = EXPORTS[kind];
  return new InputError(
    "not-a-log",
    `${source ?? "input"}: expected a grade sync log export, but this is ${what}, not a log: ${advice}`,
    source,
    line,
  );
}
