import type { LogRecord } from "../records/log-record.js";
import { compareText } from "../util/compare-text.js";
import { detach } from "../util/detach.js";
import { idKey } from "../util/id-key.js";

/** The key of "no student": assignment-level records count under the assignment itself. */
export const NO_STUDENT = -1;
/** Keys of students known by a text (a non-numeric id, or a name without an id) start here, above every numeric id. */
const FIRST_TEXT_KEY = 1_000_000_000;

export interface StudentInfo {
  id: string | null;
  name: string | null;
}

/**
 * Every student as one small integer, the key the moment slab (LatestMoments) stores: a numeric SIS id is its own
 * key (`idKey` turns only canonical integers below 10^9 into numbers, so `String(key)` gives the id back), any other
 * id or a name gets a key from a table. So a student costs nothing here until something about them must be kept:
 * in a district's year most students appear only in successes. With `namesOfAll` it keeps the name of every
 * student with an error (a report that lists every user). Otherwise the findings keep the names of the few users
 * they list, and this table only a name a listed student's error did not carry (`awaitName`), from the next record
 * that does: when nearly every error is another student's, a name per student with an error was the largest thing
 * an analysis kept.
 */
export class StudentTable {
  private readonly byText = new Map<string, number>();
  /** Per text key (from FIRST_TEXT_KEY): its text, and whether that text is an id (else it is a name). */
  private readonly texts: string[] = [];
  private readonly textIsId: boolean[] = [];
  /** Names of the students kept; null while their records have not named them yet. */
  private readonly names = new Map<number, string | null>();

  constructor(private readonly namesOfAll = true) {}

  /** The student's key; `withError`: the record is an error of theirs, so their name is worth keeping. */
  keyOf(record: LogRecord, withError: boolean): number {
    const id = record.studentId;
    const text = id ?? record.studentName;
    if (text === undefined) return NO_STUDENT;
    const numeric = id === undefined ? text : idKey(text);
    const key = typeof numeric === "number" ? numeric : this.textKey(text, id !== undefined);
    if (id === undefined) return key;
    if (withError && this.namesOfAll) {
      if (this.names.get(key) == null) this.names.set(key, keptStudentName(record));
    } else if (this.names.size > 0 && record.studentName !== undefined && this.names.get(key) === null) {
      this.names.set(key, detach(record.studentName));
    }
    return key;
  }

  /** Keep the name of this student when a later record carries it (their error, now listed, carried none). */
  awaitName(key: number): void {
    if (key === NO_STUDENT || this.isNameOnly(key) || this.names.has(key)) return;
    this.names.set(key, null);
  }

  /** What is known of a student: their id and name (either may be null). */
  infoOf(key: number): StudentInfo {
    if (key === NO_STUDENT) return { id: null, name: null };
    if (key < FIRST_TEXT_KEY) return { id: String(key), name: this.names.get(key) ?? null };
    const text = this.texts[key - FIRST_TEXT_KEY] as string;
    return this.textIsId[key - FIRST_TEXT_KEY]
      ? { id: text, name: this.names.get(key) ?? null }
      : { id: null, name: text };
  }

  /**
   * Two students in the report's order of users (compareUsers): those known only by name first, by name; then by
   * id as text; the assignment-level key last. Numeric ids are compared as text without being made into text.
   */
  compare(a: number, b: number): number {
    if (a === b) return 0;
    if (a === NO_STUDENT || b === NO_STUDENT) return a === NO_STUDENT ? 1 : -1;
    if (a < FIRST_TEXT_KEY && b < FIRST_TEXT_KEY) return compareAsText(a, b);
    const x = this.infoOf(a);
    const y = this.infoOf(b);
    return compareText(x.id, y.id) || compareText(x.name, y.name);
  }

  private isNameOnly(key: number): boolean {
    return key >= FIRST_TEXT_KEY && !this.textIsId[key - FIRST_TEXT_KEY];
  }

  private textKey(text: string, isId: boolean): number {
    let key = this.byText.get(text);
    if (key === undefined) {
      key = FIRST_TEXT_KEY + this.texts.length;
      const kept = detach(text);
      this.byText.set(kept, key);
      this.texts.push(kept);
      this.textIsId.push(isId);
    }
    return key;
  }
}

/** The record's student name as the analysis keeps it (detached from the input), or null. */
export function keptStudentName(record: LogRecord): string | null {
  return record.studentName === undefined ? null : detach(record.studentName);
}

/** Two distinct non-negative integers in the order of their decimal texts ("10" < "9"). */
export function compareAsText(a: number, b: number): number {
  const da = decimalDigits(a);
  const db = decimalDigits(b);
  // Scaled to the same number of digits they compare as their texts do; equal scaled, the shorter is a prefix.
  const x = da < db ? a * 10 ** (db - da) : a;
  const y = db < da ? b * 10 ** (da - db) : b;
  if (x !== y) return x < y ? -1 : 1;
  return da < db ? -1 : 1;
}

function decimalDigits(n: number): number {
  let digits = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  return digits;
}
