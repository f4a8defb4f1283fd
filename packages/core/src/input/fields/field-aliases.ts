import type { RecordField } from "../../records/log-record.js";
import { RECORD_FIELDS, type ValueKind } from "../../records/record-fields.js";

export interface FieldTarget {
  field: RecordField;
  kind: ValueKind;
}

const TARGET_BY_NAME: ReadonlyMap<string, FieldTarget> = buildAliasIndex();

function buildAliasIndex(): Map<string, FieldTarget> {
  const index = new Map<string, FieldTarget>();
  for (const field of Object.keys(RECORD_FIELDS) as RecordField[]) {
    const spec: (typeof RECORD_FIELDS)[RecordField] = RECORD_FIELDS[field];
    const target: FieldTarget = { field, kind: spec.kind };
    for (const alias of spec.aliases) index.set(normalizeKey(alias), target);
    if ("ambiguous" in spec) {
      const other: FieldTarget = { field, kind: spec.ambiguous.kind };
      for (const alias of spec.ambiguous.aliases) index.set(normalizeKey(alias), other);
    }
  }
  return index;
}

/** Where a table's column goes when another column fills its field: its `moreColumnsTo`, or nowhere (ignored). */
export function targetForMoreColumns(target: FieldTarget): FieldTarget | undefined {
  const spec: (typeof RECORD_FIELDS)[RecordField] = RECORD_FIELDS[target.field];
  if (!("moreColumnsTo" in spec)) return undefined;
  return { field: spec.moreColumnsTo, kind: RECORD_FIELDS[spec.moreColumnsTo].kind };
}

/** The field a column name or key path is known to hold, or undefined when the name alone does not say. */
export function fieldForName(name: string): FieldTarget | undefined {
  return TARGET_BY_NAME.get(normalizeKey(name));
}

/** The id field of the thing a name field names: a log's `[course:4411]` or `user=12345` holds an id, not a name. */
const ID_OF_NAME = {
  courseName: "courseId",
  assignmentName: "assignmentId",
  studentName: "studentId",
} as const satisfies Partial<Record<RecordField, RecordField>>;

/** Where a key that names a name field (`course`, `assignment`, `user`) puts a value of digits only: the id. */
export function idTargetFor(target: FieldTarget): FieldTarget | undefined {
  if (!(target.field in ID_OF_NAME)) return undefined;
  const field = ID_OF_NAME[target.field as keyof typeof ID_OF_NAME];
  return { field, kind: RECORD_FIELDS[field].kind };
}

/**
 * Like `fieldForName` for a dotted JSON path, trying shorter suffixes when the full path is unknown, so that
 * `data.course.id` finds `course.id`. A bare last segment such as `id` or `name` is only used when it is an alias.
 */
export function fieldForPath(path: string): FieldTarget | undefined {
  let rest = path;
  for (;;) {
    const target = fieldForName(rest);
    if (target !== undefined) return rest !== path && ofAnotherPerson(path, rest, target) ? undefined : target;
    const dot = rest.indexOf(".");
    if (dot < 0) return undefined;
    rest = rest.slice(dot + 1);
  }
}

/** Fields that say who the student is: a key under another person's object must not fill them. */
const STUDENT_FIELDS: ReadonlySet<RecordField> = new Set(["studentId", "studentName", "studentOtherIds"]);
/** Objects of a log record that hold someone other than the student. */
const OTHER_PERSON = /(?:^|[._])(teacher|instructor|grader|author|creator|owner|admin|observer|parent|guardian|staff)/i;

/**
 * Whether a student field was found by a suffix of a path under another person's object: `teacher.email` and
 * `grader.user_id` name the teacher, and taking them for the student would give the teacher a student's pseudonym
 * and mask them as `<student>`.
 */
function ofAnotherPerson(path: string, suffix: string, target: FieldTarget): boolean {
  return STUDENT_FIELDS.has(target.field) && OTHER_PERSON.test(path.slice(0, path.length - suffix.length));
}

/**
 * Folds a column name or JSON key path to the form the alias table is keyed by: lower case, letters and digits only.
 * `Course ID`, `course_id`, `courseId`, `course-id` and `course.id` all become `courseid`.
 */
function normalizeKey(name: string): string {
  let folded = "";
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    if (code >= 65 && code <= 90) folded += String.fromCharCode(code + 32);
    else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) folded += name[index];
  }
  return folded;
}
