import type { RecordField } from "../../records/log-record.js";
import { normalizeKey } from "./normalize-key.js";

/**
 * How the value of a column is turned into a record field. Most are copied as text; the rest need a parser.
 * `level-or-status` is the ambiguous `level` column: assignment/submission in Grade Sync exports, ERROR/INFO in logs.
 */
export type ValueKind = "text" | "status" | "level" | "level-or-status" | "date" | "http-status" | "message";

export interface FieldTarget {
  field: RecordField;
  kind: ValueKind;
}

/** Names a column or key is known by in real exports, per field. Normalised with `normalizeKey` before lookup. */
const ALIASES = {
  timestamp: [
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
    "ts",
    "@timestamp",
  ],
  sis: ["sis", "sis_type", "SIS Type", "sis_name", "sis_vendor", "vendor", "integration"],
  courseId: ["course_id", "canvas_course_id", "course.id", "courseid", "class_id", "classSourcedId"],
  courseName: ["course_name", "Course", "course_title", "course.name", "class_name", "class", "course_code"],
  courseSisId: ["course_sis_id", "sis_course_id", "course.sis_id", "course.sis_course_id"],
  section: ["section", "section_id", "section_name", "sis_section_id", "section.name", "section.id", "period"],
  teacher: ["teacher", "instructor", "teacher_name", "instructor_name", "teacher.name", "posted_by", "requested_by"],
  assignmentId: ["assignment_id", "lineItemId", "line_item_id", "assignment.id", "lineitem.sourcedid", "line_item.id"],
  assignmentName: [
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
  ],
  studentId: [
    "student_id",
    "user_id",
    "sis_user_id",
    "Student SIS ID",
    "student.id",
    "student_sis_id",
    "user.id",
    "user.sis_id",
    "userSourcedId",
  ],
  studentName: ["student", "student_name", "user_name", "User", "student.name", "user.name", "learner"],
  level: ["record_type", "type", "kind", "object", "object_type", "entity", "record_kind"],
  "level-or-status": ["level", "log_level", "severity", "loglevel"],
  status: ["status", "result", "outcome", "state", "workflow_state", "sync_status", "status.name"],
  httpStatus: ["http_status", "status_code", "http", "code", "http_code", "response_code", "statusCode", "httpStatus"],
  message: [
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
    "response_body",
  ],
  dueDate: ["due_date", "due_at", "dueDate", "assignment.due_at", "due"],
} satisfies Record<RecordField | "level-or-status", readonly string[]>;

type AliasKey = keyof typeof ALIASES;

/** How each alias group is parsed: exhaustive over the groups so a new field breaks the build until handled. */
const KIND_OF = {
  timestamp: { field: "timestamp", kind: "date" },
  sis: { field: "sis", kind: "text" },
  courseId: { field: "courseId", kind: "text" },
  courseName: { field: "courseName", kind: "text" },
  courseSisId: { field: "courseSisId", kind: "text" },
  section: { field: "section", kind: "text" },
  teacher: { field: "teacher", kind: "text" },
  assignmentId: { field: "assignmentId", kind: "text" },
  assignmentName: { field: "assignmentName", kind: "text" },
  studentId: { field: "studentId", kind: "text" },
  studentName: { field: "studentName", kind: "text" },
  level: { field: "level", kind: "level" },
  "level-or-status": { field: "level", kind: "level-or-status" },
  status: { field: "status", kind: "status" },
  httpStatus: { field: "httpStatus", kind: "http-status" },
  message: { field: "message", kind: "message" },
  dueDate: { field: "dueDate", kind: "date" },
} satisfies Record<AliasKey, FieldTarget>;

const TARGET_BY_NAME: ReadonlyMap<string, FieldTarget> = buildAliasIndex();

function buildAliasIndex(): Map<string, FieldTarget> {
  const index = new Map<string, FieldTarget>();
  for (const key of Object.keys(ALIASES) as AliasKey[]) {
    for (const alias of ALIASES[key]) index.set(normalizeKey(alias), KIND_OF[key]);
  }
  return index;
}

/** The field a column name or key path is known to hold, or undefined when the name alone does not say. */
export function fieldForName(name: string): FieldTarget | undefined {
  return TARGET_BY_NAME.get(normalizeKey(name));
}

/**
 * Like `fieldForName` for a dotted JSON path, trying shorter suffixes when the full path is unknown, so that
 * `data.course.id` finds `course.id`. A bare last segment such as `id` or `name` is only used when it is an alias.
 */
export function fieldForPath(path: string): FieldTarget | undefined {
  let rest = path;
  for (;;) {
    const target = fieldForName(rest);
    if (target !== undefined) return target;
    const dot = rest.indexOf(".");
    if (dot < 0) return undefined;
    rest = rest.slice(dot + 1);
  }
}
