import type { RecordField } from "../../records/log-record.js";
import { sisSlugOfName } from "../../records/sis-names.js";
import { ColumnRelations } from "./column-relations.js";
import type { FieldTarget } from "./field-aliases.js";
import { isDate } from "./parse-date.js";
import { levelFromWord, statusFromWord } from "./status-words.js";

/** The fields that say which course, assignment and student a record is about: resolution needs them. */
export type IdentityField = "course" | "assignment" | "student";

/** What a log without the field cannot tell, for the field-not-found diagnostic. */
export const WITHOUT_IDENTITY = {
  course:
    "its id or name; without it no success can be told to be for the same course, so its errors cannot be resolved and stay unresolved (undecided)",
  assignment:
    "its id or name; without it no success can be told to be for the same assignment, so its errors cannot be resolved and stay unresolved (undecided)",
  student:
    "its id or name; without it a score's errors are not told apart by student, and a success for any student of the assignment clears them",
} satisfies Record<IdentityField, string>;

export interface IdentityColumns {
  /** Column index → the field its values go to. */
  targets: Map<number, FieldTarget>;
  /** What no column could be found for. */
  missing: IdentityField[];
}

const ID = /^[A-Za-z0-9][\w.:/-]{0,63}$/;
const DIGIT = /\d/;
/** "Ava Lindqvist", "Mary-Jane O'Neil", "José Núñez": two to four capitalised words, no digits. */
const PERSON = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;
const HTTP = /^[1-5]\d\d$/;
const LETTER = /\p{L}/u;

/** Shares of values that must fit for a column to be taken as ids, names, SIS names or levels. */
const MIN_ID_SHARE = 0.9;
const MIN_SHARE = 0.8;

/**
 * Finds by their values and their relations the columns a file with no header row has for its course, assignment,
 * student, teacher, section, SIS, level and HTTP status. Vocabularies decide the SIS (values that are SIS names),
 * the level and the HTTP status; ids are told apart by how they depend on each other: an assignment id determines
 * its course id but not the other way round, a student id determines a person's name, a course id pairs one to one
 * with a course name, and a section id extends its course id. What cannot be told apart is left unmapped and named
 * as missing, never guessed: a wrong course would let a success clear another course's errors.
 */
export function inferIdentityColumns(
  rows: readonly (readonly string[])[],
  free: readonly number[],
  statusColumn: number | undefined,
): IdentityColumns {
  const inference = new Inference(new ColumnRelations(rows), free);
  inference.byVocabulary(statusColumn);
  const keys = inference.keys();
  if (keys.course !== undefined) inference.names(keys.course, keys.assignment, keys.studentNamed);
  return { targets: inference.targets, missing: missingOf(inference.targets) };
}

/** One table's inference: the columns taken so far, and those still open. */
class Inference {
  readonly targets = new Map<number, FieldTarget>();
  /** Columns whose values are mostly a person's name. */
  private persons: number[] = [];

  constructor(
    private readonly relations: ColumnRelations,
    private readonly free: readonly number[],
  ) {}

  /** The SIS, level and HTTP status columns: their values come from known vocabularies. */
  byVocabulary(statusColumn: number | undefined): void {
    this.take(
      this.mostly((value) => sisSlugOfName(value) !== undefined),
      "sis",
    );
    this.take(
      this.mostly((value) => levelFromWord(value) !== undefined),
      "level",
      "level",
    );
    const http = this.open().find((column) => isHttpStatus(this.relations, column, statusColumn));
    this.take(http, "httpStatus", "http-status");
  }

  /** The student, assignment, course and section ids, told apart by how they depend on each other. */
  keys(): { course?: number; assignment?: number; studentNamed: boolean } {
    const { relations } = this;
    const ids = this.open().filter((column) => this.share(column, isId) >= MIN_ID_SHARE);
    this.persons = this.open().filter((column) => this.share(column, (value) => PERSON.test(value)) >= MIN_SHARE);
    const sections = ids.filter((column) => ids.some((other) => other !== column && relations.extends(column, other)));
    const keys = ids.filter((column) => !sections.includes(column));
    const student = studentColumns(relations, keys, this.persons);
    const finest = finestKeys(relations, keys, student.id);
    const assignment = assignmentColumn(relations, finest, student.id);
    // Two finest keys that cannot be told apart still share their course.
    const courses = (assignment === undefined ? finest : [assignment]).map((a) => courseColumn(relations, keys, a));
    const course = courses.length > 0 && courses.every((c) => c === courses[0]) ? courses[0] : undefined;
    // Told apart from the assignment id by its empty cells, the other finest key is the student's.
    const otherKey = assignment !== undefined && finest.length === 2 ? finest.find((c) => c !== assignment) : undefined;
    this.take(student.id ?? otherKey, "studentId");
    this.take(student.name, "studentName");
    this.take(assignment, "assignmentId");
    this.take(course, "courseId");
    if (course !== undefined)
      this.take(
        sections.find((column) => relations.extends(column, course)),
        "section",
      );
    return { course, assignment, studentNamed: student.name !== undefined };
  }

  /** The course's name (one to one with its id), the assignment's, the teacher's and, failing an id, the student's. */
  names(course: number, assignment: number | undefined, studentNamed: boolean): void {
    const { relations } = this;
    const person = (column: number) => this.persons.includes(column);
    const worded = (column: number) => relations.values(column).some((value) => LETTER.test(value));
    this.take(
      this.most((c) => worded(c) && !person(c) && relations.pairs(course, c)),
      "courseName",
    );
    if (assignment !== undefined) {
      const named = (c: number) => relations.determines(assignment, c) && relations.splits(course, c);
      this.take(this.most(named), "assignmentName");
    }
    this.take(
      this.most((c) => person(c) && relations.determines(course, c)),
      "teacher",
    );
    if (!studentNamed && assignment !== undefined) {
      const many = (c: number) => person(c) && relations.splits(course, c) && relations.splits(assignment, c);
      this.take(this.most(many), "studentName");
    }
  }

  private take(column: number | undefined, field: RecordField, kind: FieldTarget["kind"] = "text"): void {
    if (column !== undefined) this.targets.set(column, { field, kind });
  }

  private open(): number[] {
    return this.free.filter((column) => !this.targets.has(column));
  }

  private share(column: number, test: (value: string) => boolean): number {
    return shareOf(this.relations.values(column), test);
  }

  /** The open column with the largest share of values that pass, at least the minimum share. */
  private mostly(test: (value: string) => boolean): number | undefined {
    return best(this.open(), (column) => this.share(column, test), MIN_SHARE);
  }

  /** The open column that passes with the most distinct values. */
  private most(test: (column: number) => boolean): number | undefined {
    return best(this.open().filter(test), (column) => this.relations.distinct(column), 0);
  }
}

/**
 * The student's id and name: an id column that determines a person's name that no other key determines (a teacher's
 * name is determined by the course and the assignment too, unless that other key is the same student's other id).
 */
function studentColumns(
  relations: ColumnRelations,
  keys: readonly number[],
  persons: readonly number[],
): { id?: number; name?: number } {
  let found: { id: number; name: number } | undefined;
  let names = -1;
  let ids = -1;
  for (const id of keys) {
    for (const name of persons) {
      if (!relations.determines(id, name)) continue;
      if (keys.some((other) => other !== id && relations.determines(other, name) && !relations.pairs(other, id))) {
        continue;
      }
      const [moreNames, moreIds] = [relations.distinct(name), relations.distinct(id)];
      if (moreNames > names || (moreNames === names && moreIds > ids)) {
        found = { id, name };
        [names, ids] = [moreNames, moreIds];
      }
    }
  }
  return found ?? {};
}

/** The id columns that determine another that does not determine them back, and that no other such one determines. */
function finestKeys(relations: ColumnRelations, keys: readonly number[], student: number | undefined): number[] {
  const rest = keys.filter((column) => column !== student);
  const coarser = (a: number, c: number) => a !== c && relations.determines(a, c) && relations.splits(c, a);
  const candidates = rest.filter((a) => rest.some((c) => coarser(a, c)));
  return candidates.filter((a) => !candidates.some((other) => coarser(other, a)));
}

/**
 * The assignment id: the one finest key. When there are two (an assignment id and a student id no name column
 * revealed), the one empty where the other is not is the student's (assignment-level records name no student);
 * else neither is taken.
 */
function assignmentColumn(
  relations: ColumnRelations,
  finest: readonly number[],
  student: number | undefined,
): number | undefined {
  if (finest.length === 1) return finest[0];
  if (finest.length !== 2 || student !== undefined) return undefined;
  const [x, y] = finest as [number, number];
  const xSparser = relations.emptyWhere(x, y) > 0 && relations.emptyWhere(y, x) === 0;
  const ySparser = relations.emptyWhere(y, x) > 0 && relations.emptyWhere(x, y) === 0;
  return xSparser ? y : ySparser ? x : undefined;
}

/** The course id: the finest column the assignment id determines and that does not determine it back. */
function courseColumn(relations: ColumnRelations, keys: readonly number[], assignment: number): number | undefined {
  const above = keys.filter(
    (c) => c !== assignment && relations.determines(assignment, c) && relations.splits(c, assignment),
  );
  const finest = above.filter(
    (c) => !above.some((other) => other !== c && relations.determines(other, c) && relations.splits(c, other)),
  );
  // Two columns for one course (its Canvas id and its SIS id) pair one to one: the first is taken.
  return finest[0];
}

/** An HTTP status column: 3-digit codes, none but 2xx on a success, some 4xx or 5xx on errors. */
function isHttpStatus(relations: ColumnRelations, column: number, statusColumn: number | undefined): boolean {
  const values = relations.values(column);
  if (values.length === 0 || !values.every((value) => HTTP.test(value))) return false;
  if (statusColumn === undefined) return values.every((value) => value >= "400");
  let failing = false;
  for (let row = 0; row < relations.rowCount; row++) {
    const code = relations.value(row, column);
    if (code.length === 0) continue;
    const status = statusFromWord(relations.value(row, statusColumn));
    if (status === "success" && !code.startsWith("2")) return false;
    if (status === "error" && code >= "400") failing = true;
  }
  return failing;
}

function isId(value: string): boolean {
  return ID.test(value) && DIGIT.test(value) && !isDate(value);
}

function missingOf(targets: ReadonlyMap<number, FieldTarget>): IdentityField[] {
  const fields = new Set([...targets.values()].map((target) => target.field));
  const missing: IdentityField[] = [];
  if (!fields.has("courseId") && !fields.has("courseName")) missing.push("course");
  if (!fields.has("assignmentId") && !fields.has("assignmentName")) missing.push("assignment");
  if (!fields.has("studentId") && !fields.has("studentName")) missing.push("student");
  return missing;
}

/** The column with the highest score (at least `min`); the first of equals. */
function best(columns: readonly number[], score: (column: number) => number, min = MIN_SHARE): number | undefined {
  let found: number | undefined;
  let top = min;
  for (const column of columns) {
    const value = score(column);
    if (value > top || (value === top && found === undefined)) {
      found = column;
      top = value;
    }
  }
  return found;
}

function shareOf(values: readonly string[], test: (value: string) => boolean): number {
  if (values.length === 0) return 0;
  let fitting = 0;
  for (const value of values) if (test(value)) fitting++;
  return fitting / values.length;
}
