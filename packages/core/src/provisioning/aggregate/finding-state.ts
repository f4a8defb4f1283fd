import { addCaptureValue, type CaptureValues } from "../../aggregate/capture-values.js";
import type { CatalogEntry, Severity } from "../../catalog/entry-schema.js";
import { LIMITS } from "../../limits.js";
import type { FindingHint } from "../../report/provisioning-schema.js";
import type { ObjectKind, ObjectRef } from "../model.js";
import type { PersonalKind } from "../section/section-redaction.js";
import type { SilentCode } from "../silent-behaviours.js";
import { RowSet } from "./row-set.js";

/** A row (or the file, or the batch) shown as an example of a finding. */
export interface ProvisioningExample {
  /** Canvas's row number, null for the file or the batch as a whole. */
  row: number | null;
  /** The input it was read from (a file, a zip entry, the errors file). */
  source: string;
  /** The line of that input, when it is not the row itself (an errors file's line). */
  line: number | null;
  message: string;
  origin: "reported" | "predicted";
  /** Values in the message that identify a person (user and login ids, emails), for --redact to replace. */
  personal: readonly (readonly [PersonalKind, string])[];
}

/**
 * One catalog entry (or silent behaviour, or unexplained message) within one import file: what Canvas reported,
 * what the checks predicted, and the rows and objects they concern. Its memory grows with the distinct objects and
 * rows it names (typed sets), not with the rows of the file.
 */
export class FindingState {
  predicted = 0;
  reported = 0;
  failures = 0;
  certain = false;
  /** Some prediction was about a row (not the file as a whole): dropped when Canvas skips the whole file. */
  rowLevel = false;
  readonly predictedRows = new RowSet();
  /** The objects predictions were made for (`kind:number`), to tell which reported messages they foretold. */
  readonly predictedObjects = new Set<string>();
  /** Reported messages as (row, first object) pairs, to count the ones a prediction foretold. */
  readonly reportedKeys: (readonly [row: number, object: string])[] = [];
  examples: ProvisioningExample[] = [];
  captures: Record<string, string> | null = null;
  captureValues: Record<string, CaptureValues> = {};
  /** Causes behind the message its predictions could tell (a file separated by semicolons). */
  readonly hints = new Set<FindingHint>();
  readonly objects = new Map<ObjectKind, Map<number, number>>();
  /**
   * Per person the finding is about (by kind and number), the courses their own rows name: a person's problem
   * explains their errors in those courses only. Null when one of their rows names no course (a users.csv row) or
   * is about the person: then it explains their errors in any course. A person it names only as holding what
   * another row asked for is not here. Grows with the people of problem rows only.
   */
  readonly personCourses: Record<"user" | "login", Map<number, Set<number> | null>> = {
    user: new Map(),
    login: new Map(),
  };

  constructor(
    readonly key: string,
    readonly entry: CatalogEntry | null,
    readonly silent: SilentCode | null,
    readonly template: string | null,
    readonly severity: Severity,
  ) {}

  get count(): number {
    return this.predicted + this.reported;
  }

  /**
   * Notes the objects one row (or message) names, `count` times. `aboutPerson` when its person is what is wrong;
   * `people` are users of further rows with the same course and section, with their own counts; `holders` are people
   * it names who are not what is wrong (they hold the login the row asked for): counted as objects, not as people.
   */
  noteObjects(
    objects: readonly ObjectRef[],
    count: number,
    about: {
      aboutPerson?: boolean;
      people?: readonly (readonly [user: number, rows: number])[];
      holders?: readonly ObjectRef[];
    } = {},
  ): void {
    const { aboutPerson = false, people = [], holders = [] } = about;
    for (const [kind, at] of objects) this.countObject(kind, at, count);
    const rowCourses = objects.flatMap(([kind, at]) => (kind === "course" ? [at] : []));
    const isHolder = (kind: ObjectKind, at: number) => holders.some(([k, a]) => k === kind && a === at);
    for (const [kind, at] of objects) {
      if ((kind === "user" || kind === "login") && !isHolder(kind, at)) {
        this.notePersonCourses(kind, at, rowCourses, aboutPerson);
      }
    }
    for (const [user, rows] of people) {
      this.countObject("user", user, rows);
      this.notePersonCourses("user", user, rowCourses, aboutPerson);
    }
  }

  private countObject(kind: ObjectKind, at: number, count: number): void {
    let counts = this.objects.get(kind);
    if (counts === undefined) {
      counts = new Map();
      this.objects.set(kind, counts);
    }
    counts.set(at, (counts.get(at) ?? 0) + count);
  }

  private notePersonCourses(
    kind: "user" | "login",
    at: number,
    rowCourses: readonly number[],
    aboutPerson: boolean,
  ): void {
    const people = this.personCourses[kind];
    let courses = people.get(at);
    if (courses === null) return;
    if (aboutPerson || rowCourses.length === 0) {
      people.set(at, null);
      return;
    }
    if (courses === undefined) {
      courses = new Set();
      people.set(at, courses);
    }
    for (const course of rowCourses) courses.add(course);
  }

  noteCaptures(captures: Readonly<Record<string, string>>): void {
    for (const [name, value] of Object.entries(captures)) {
      this.captureValues[name] ??= { values: [], more: false };
      addCaptureValue(this.captureValues[name], value);
    }
  }

  /** Whether an example of this row would be kept (cheap, before one is made). */
  wouldKeep(row: number): boolean {
    const last = this.examples.at(-1);
    return this.examples.length < LIMITS.examples || last === undefined || row < (last.row ?? 0);
  }

  /** Keeps the example when it is among the first few by row; the first example's captures are the finding's. */
  noteExample(example: ProvisioningExample, captures: Readonly<Record<string, string>>): void {
    const kept = this.examples;
    if (kept.length >= LIMITS.examples && compareExamples(example, kept.at(-1) as ProvisioningExample) >= 0) return;
    let at = kept.length;
    while (at > 0 && compareExamples(example, kept[at - 1] as ProvisioningExample) < 0) at--;
    this.examples = kept.slice(0, at).concat(example, kept.slice(at)).slice(0, LIMITS.examples);
    if (this.examples[0] === example) this.captures = { ...captures };
  }
}

export function compareExamples(a: ProvisioningExample, b: ProvisioningExample): number {
  return (
    (a.row ?? 0) - (b.row ?? 0) ||
    (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
    (a.line ?? 0) - (b.line ?? 0)
  );
}
