import type { RecordField } from "./log-record.js";

/**
 * How the value of a column becomes a record field: most are copied as text, the rest need a parser.
 * `level-or-status` is the ambiguous `level` column: assignment/submission in Grade Sync exports, ERROR/INFO in logs.
 * `text-list` values are added to the field's list: any number of columns feed it.
 */
export type ValueKind =
  | "text"
  | "text-list"
  | "status"
  | "level"
  | "level-or-status"
  | "date"
  | "http-status"
  | "message";

interface FieldSpec {
  kind: ValueKind;
  /** Names a column or key is known by in real exports (compared with case, spaces and punctuation folded away). */
  aliases: readonly string[];
  /** Names that mean this field read another way. */
  ambiguous?: { kind: ValueKind; aliases: readonly string[] };
  /**
   * Where a table's second column of this field goes (a table fills a field from one column): a `sis_user_id` beside
   * the `user_id` that holds the student's id is still the student's, and a message may quote it.
   */
  moreColumnsTo?: RecordField;
}

/**
 * Every field of a record (but its place in the input): how its values are read and what exports call its column.
 * The alias index, the value kinds and the assembler's ops derive from this table; `satisfies` makes a field of
 * LogRecord missing here a type error.
 */
export const RECORD_FIELDS = {
  timestamp: {
    kind: "date",
    aliases: [
      "timestamp",
      "time",
      "date",
      "datetime",
      "created_at",
      "updated_at",
      "Sync Time",
      "synced_at",
      "logged_at",
      "log_time",
      "event_time",
      "Time Updated",
      "started_at",
      "sync_date",
      "last_sync",
      "last_synced_at",
      "posted_at",
      "sent_at",
      "ts",
      "@timestamp",
      // German, Spanish and French exports.
      "Zeitstempel",
      "Datum",
      "fecha",
      "horodatage",
    ],
  },
  sis: {
    kind: "text",
    aliases: ["sis", "sis_type", "SIS Type", "sis_name", "sis_vendor", "vendor", "integration"],
  },
  courseId: {
    kind: "text",
    aliases: ["course_id", "canvas_course_id", "course.id", "courseid", "class_id", "classSourcedId"],
  },
  courseName: {
    kind: "text",
    aliases: [
      "course_name",
      "Course",
      "course_title",
      "course.name",
      "class_name",
      "class",
      "course_code",
      // German, Spanish and French exports.
      "Kurs",
      "curso",
      "cours",
    ],
  },
  courseSisId: {
    kind: "text",
    aliases: ["course_sis_id", "sis_course_id", "course.sis_id", "course.sis_course_id"],
  },
  section: {
    kind: "text",
    aliases: [
      "section",
      "section_id",
      "section_name",
      "sis_section_id",
      "section_sis_id",
      "section.name",
      "section.id",
      "period",
    ],
  },
  teacher: {
    kind: "text",
    aliases: ["teacher", "instructor", "teacher_name", "instructor_name", "teacher.name", "posted_by", "requested_by"],
  },
  assignmentId: {
    kind: "text",
    aliases: [
      "assignment_id",
      "canvas_assignment_id",
      "lineItemId",
      "line_item_id",
      "assignment.id",
      "lineitem.sourcedid",
      "line_item.id",
    ],
  },
  assignmentName: {
    kind: "text",
    aliases: [
      "assignment",
      "assignment_name",
      "Assignment Title",
      "assignment.title",
      "assignment.name",
      "line_item",
      "lineItem",
      "line_item_title",
      "lineitem.title",
      "assignment_title",
      // German, Spanish and French exports.
      "Aufgabe",
      "tarea",
      "devoir",
    ],
  },
  studentId: {
    kind: "text",
    aliases: [
      "student_id",
      "user_id",
      "sis_user_id",
      "Student SIS ID",
      "student.id",
      "student_sis_id",
      "user.id",
      "user.sis_id",
      "userSourcedId",
      "canvas_user_id",
      "student_number",
    ],
    moreColumnsTo: "studentOtherIds",
  },
  studentName: {
    kind: "text",
    aliases: [
      "student",
      "student_name",
      "user_name",
      "User",
      "student.name",
      "user.name",
      // Canvas's user objects: "Doe, Jan" and "Jan".
      "sortable_name",
      "user.sortable_name",
      "student.sortable_name",
      "user.short_name",
      "student.short_name",
      "learner",
      // German, Spanish and French exports; a name's accent may be lost on the way, so both spellings.
      "Schüler",
      "Schueler",
      "estudiante",
      "alumno",
      "élève",
      "eleve",
    ],
    // A second name column (`user.name` beside `user.sortable_name`) is the same person written another way: kept
    // with their other ids, so that --redact replaces it and masking reads it as the student wherever it appears.
    moreColumnsTo: "studentOtherIds",
  },
  studentOtherIds: {
    kind: "text-list",
    aliases: [
      "login_id",
      "sis_login_id",
      "login",
      "user_login",
      "student_login",
      "unique_id",
      "email",
      "email_address",
      "student_email",
      "user_email",
    ],
  },
  level: {
    kind: "level",
    aliases: ["record_type", "type", "kind", "object", "object_type", "entity", "record_kind"],
    // The `level` column of service logs holds ERROR/INFO; in Grade Sync exports, assignment/submission.
    ambiguous: { kind: "level-or-status", aliases: ["level", "log_level", "severity", "loglevel"] },
  },
  status: {
    kind: "status",
    aliases: [
      "status",
      "result",
      "outcome",
      "state",
      "workflow_state",
      "sync_status",
      "status.name",
      "estado",
      "statut",
      // Columns of true and false named for the outcome: by content, true/false is any yes-or-no column.
      "success",
      "succeeded",
      "synced",
      "passed",
    ],
  },
  httpStatus: {
    kind: "http-status",
    aliases: ["http_status", "status_code", "http", "code", "http_code", "response_code", "statusCode", "httpStatus"],
  },
  message: {
    kind: "message",
    aliases: [
      "message",
      "error",
      "error_message",
      "details",
      "description",
      "Error Message",
      "error.message",
      "response",
      "msg",
      "errors",
      "detail",
      "reason",
      "error_details",
      "error_description",
      "error_text",
      "failure_reason",
      "response_body",
      // German, Spanish and French exports.
      "Fehler",
      "Fehlermeldung",
      "mensaje",
      "erreur",
    ],
  },
  dueDate: {
    kind: "date",
    aliases: ["due_date", "due_at", "dueDate", "assignment.due_at", "due"],
  },
} as const satisfies Record<RecordField, FieldSpec>;

/** The fields whose values are copied as text. */
export type TextField = {
  [F in RecordField]: (typeof RECORD_FIELDS)[F]["kind"] extends "text" ? F : never;
}[RecordField];
