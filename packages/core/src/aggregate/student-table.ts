import type { LogRecord } from "../records/log-record.js";
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
 * in a district's year most students appear only in successes, and only the names of students with errors are
 * shown. A name is kept once the student has an error (from that record, or the next one that carries it).
 */
export class StudentTable {
  private readonly byText = new Map<string, number>();
  /** Per text key (from FIRST_TEXT_KEY): its text, and whether that text is an id (else it is a name). */
  private readonly texts: string[] = [];
  private readonly textIsId: boolean[] = [];
  /** Names of students with errors; null while their error records have not named them yet. */
  private readonly names = new Map<number, string | null>();

  /** The student's key; `withError`: the record is an error of theirs, so their name is worth keeping. */
  keyOf(record: LogRecord, withError: boolean): number {
    const id = record.studentId;
    const text = id ?? record.studentName;
    if (text === undefined) return NO_STUDENT;
    const numeric = id === undefined ? text : idKey(text);
    const key = typeof numeric === "number" ? numeric : this.textKey(text, id !== undefined);
    const name = record.studentName;
    if (id === undefined) return key;
    if (withError) {
      if (this.names.get(key) == null) this.names.set(key, name === undefined ? null : detach(name));
    } else if (name !== undefined && this.names.get(key) === null) {
      this.names.set(key, detach(name));
    }
    return key;
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
