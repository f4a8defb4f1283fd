import type { Actor, PassbackEffect, RenderedFix } from "../catalog/entry-schema.js";

/**
 * What Canvas does to an SIS import without writing any message: the offline checks find these from the CSVs alone,
 * and nothing in the errors file will ever confirm them. Worded like catalog entries (title, meaning, fix per
 * person); the codes are stable.
 */
export interface SilentBehaviour {
  title: string;
  meaning: string;
  fix: RenderedFix;
  actsFirst: Actor;
  /** What it breaks that grade passback relies on, as a provisioning entry's `affects` says. */
  affects: readonly PassbackEffect[];
}

export const SILENT_CODES = [
  "read-as-other-type",
  "column-name-spaces",
  "duplicate-column",
  "misspelt-column",
  "unknown-term",
  "xlist-creates-course",
  "slash-date-day-first",
  "unrecognised-date",
  "enrollment-dates-ignored",
  "duplicate-id",
  "near-duplicate-id",
  "spreadsheet-number-id",
  "duplicate-enrollment",
  "two-sections-one-course",
  "user-deleted",
  "group-status-not-lowercase",
  "sis-id-change",
  "mass-deletion",
] as const;
export type SilentCode = (typeof SILENT_CODES)[number];

const SIS_FIX = (...steps: string[]): RenderedFix => ({ sisAdmin: steps });

export const SILENT_BEHAVIOURS = {
  "read-as-other-type": {
    title: "An extra column makes Canvas read the file as another kind",
    meaning:
      "Canvas decides what a file holds from its header row alone, trying the kinds in a fixed order. The column {column} makes this header match {readAs} before {meant}, so every row is imported as {readAs} and nothing as {meant}.",
    fix: SIS_FIX("Remove the column {column} from the file (or rename it), then send the file again."),
    actsFirst: "sisAdmin",
    affects: ["roster", "dates"],
  },
  "column-name-spaces": {
    title: "A column name has spaces around it and is not read",
    meaning:
      "Canvas trims header names when it decides the file's kind but not when it reads the rows, so the column {column} is never found: every row reads it as empty.",
    fix: SIS_FIX("Remove the spaces around the column name {column} in the header row."),
    actsFirst: "sisAdmin",
    affects: ["roster", "dates"],
  },
  "duplicate-column": {
    title: "A column appears twice; Canvas reads only the first",
    meaning: "The header names {column} twice. Canvas reads the first of the two; the values of the other are ignored.",
    fix: SIS_FIX("Keep one column named {column}."),
    actsFirst: "sisAdmin",
    affects: ["roster", "dates"],
  },
  "misspelt-column": {
    title: "A column Canvas does not know, close to one it does",
    meaning:
      "Canvas ignores columns it does not know without a word. {column} looks like a misspelling of {known}, which is therefore empty on every row.",
    fix: SIS_FIX("Rename the column {column} to {known}."),
    actsFirst: "sisAdmin",
    affects: ["roster", "dates"],
  },
  "unknown-term": {
    title: "A course names a term that is not in the import; Canvas ignores it silently",
    meaning:
      "A term_id that Canvas does not know is ignored without a message: an existing course keeps its term and a new one goes into the default term. Grade passback that needs the right term or grading period then fails for the course.",
    fix: SIS_FIX(
      "Add term {termId} to terms.csv (or send the term id Canvas already has), then send the courses again.",
    ),
    actsFirst: "sisAdmin",
    affects: ["dates"],
  },
  "xlist-creates-course": {
    title: "A cross-listing names a course that does not exist; Canvas creates it",
    meaning:
      "An unknown xlist_course_id is not an error: Canvas creates a new course with that id, copied from the section's course, and moves the section into it. A typo here makes a stray course.",
    fix: SIS_FIX("Check that {courseId} is meant to be a new course; otherwise correct the xlist_course_id."),
    actsFirst: "sisAdmin",
    affects: ["roster"],
  },
  "slash-date-day-first": {
    title: "A date with slashes is read day first",
    meaning:
      "Canvas reads 03/04/2025 as 3 April 2025, day first, whatever the SIS meant. {value} is read as {readAs}; if the SIS wrote month first, the date is wrong without any message.",
    fix: SIS_FIX("Send dates in ISO 8601 (2025-03-04T00:00:00Z)."),
    actsFirst: "sisAdmin",
    affects: ["dates"],
  },
  "unrecognised-date": {
    title: "A date Canvas may read differently or not at all",
    meaning:
      "{value} is not an ISO 8601 date. Canvas passes it to a lenient date reader that may take another date from it, or none (clearing the date), without a message.",
    fix: SIS_FIX("Send dates in ISO 8601 (2025-03-04T00:00:00Z)."),
    actsFirst: "sisAdmin",
    affects: ["dates"],
  },
  "enrollment-dates-ignored": {
    title: "An enrollment has only one of its two dates; Canvas ignores it",
    meaning: "Enrollment start_date and end_date take effect only when both are given; one alone is dropped silently.",
    fix: SIS_FIX("Send both start_date and end_date for the enrollment, or neither."),
    actsFirst: "sisAdmin",
    affects: ["dates"],
  },
  "duplicate-id": {
    title: "The same id is defined twice; the last row processed wins",
    meaning:
      "{id} has more than one row of this kind in the import. Canvas applies each in turn (large files in parallel pieces, in no set order), so which row's values stay is not certain.",
    fix: SIS_FIX("Send one row per id."),
    actsFirst: "sisAdmin",
    affects: ["roster", "dates"],
  },
  "near-duplicate-id": {
    title: "Ids that differ only in case, spaces or leading zeros",
    meaning:
      "{id} and {other} are different ids to Canvas, though they look like one: a spreadsheet dropping leading zeros or a change of case is the usual cause. Rows that use one do not find the object made with the other.",
    fix: SIS_FIX(
      "Write the id the same way in every file (keep leading zeros: format the column as text before saving).",
    ),
    actsFirst: "sisAdmin",
    affects: ["roster"],
  },
  "spreadsheet-number-id": {
    title: "An id a spreadsheet turned into a number in scientific notation",
    meaning:
      "{id} is how Excel shows a long number it has rounded: the id's digits after the first few are gone. Canvas keeps this text as the SIS id, so the object no longer carries the id the SIS knows it by, and grade passback and the next import cannot find it.",
    fix: SIS_FIX(
      "Export the CSV from the SIS again without opening it in a spreadsheet, or format the id columns as text before saving, so the full ids go to Canvas.",
      "Objects already imported with such an id need their real SIS id back: send a change_sis_id.csv row from the mangled id to the real one.",
    ),
    actsFirst: "sisAdmin",
    affects: ["roster"],
  },
  "duplicate-enrollment": {
    title: "The same enrollment appears twice",
    meaning:
      "Two rows enroll the same user in the same section with the same role. Canvas may process them at the same time and fail one, and the status that stays is the last one processed.",
    fix: SIS_FIX("Send one row per user, section and role."),
    actsFirst: "sisAdmin",
    affects: ["roster"],
  },
  "two-sections-one-course": {
    title: "A user is active in two sections of one course",
    meaning:
      "{userId} has active enrollments in sections {sections} of course {courseId} with the same role. A section move sent without dropping the old section leaves both, and grade passback then sends the student's grades for a section the SIS does not have them in.",
    fix: SIS_FIX(
      "Send the old section's enrollment as deleted (or use status deleted_last_completed), keeping only the section the SIS has.",
    ),
    actsFirst: "sisAdmin",
    affects: ["roster"],
  },
  "user-deleted": {
    title: "Deleting a user removes all their enrollments",
    meaning:
      "A users.csv row with status deleted removes the login and, when it was the user's last, every enrollment, group membership and admin role in the account: their grades stop passing back.",
    fix: SIS_FIX(
      "To end a course, send the enrollment as completed, inactive or deleted instead; use status suspended to block a login.",
    ),
    actsFirst: "sisAdmin",
    affects: ["roster"],
  },
  "group-status-not-lowercase": {
    title: "A group's status Deleted is not lowercase, so the group stays",
    meaning: "Only the lowercase status deleted deletes a group; {value} passes the check and leaves it available.",
    fix: SIS_FIX("Send the status in lowercase: deleted."),
    actsFirst: "sisAdmin",
    affects: [],
  },
  "sis-id-change": {
    title: "An SIS id is changed by this import",
    meaning:
      "change_sis_id.csv gives the {type} {oldId} the new id {newId}. Everything that refers to the object by its SIS id (later imports, the SIS's grade passback mapping) must use the new id from now on.",
    fix: SIS_FIX(
      "Make sure the SIS and its grade passback mapping use {newId} too; a passback that still sends {oldId} will not find the object.",
    ),
    actsFirst: "sisAdmin",
    affects: ["roster"],
  },
  "mass-deletion": {
    title: "This import would delete many objects",
    meaning:
      "In {mode} mode Canvas deletes the SIS objects of the term that this import leaves out. {count} {type} of the previous import are missing here ({percent}%) and no change_threshold stops it.",
    fix: SIS_FIX(
      "Check that the export is complete before sending it; set change_threshold so a partial export is stopped instead of applied.",
    ),
    actsFirst: "sisAdmin",
    affects: ["roster"],
  },
} satisfies Record<SilentCode, SilentBehaviour>;
