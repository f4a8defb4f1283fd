import type { LogRecord } from "../records/log-record.js";
import { detach } from "../util/detach.js";
import { idKey } from "../util/id-key.js";

/** Index of "no student": assignment-level records count under the assignment itself. */
export const NO_STUDENT = 0;

export interface StudentInfo {
  id: string | null;
  name: string | null;
}

/**
 * Every student once, as a small integer. The moment lists of findings and successes hold the integer, so the state
 * the analysis keeps per (assignment, student) is two numbers in a slab (LatestMoments), not strings and objects
 * repeated for every finding.
 */
export class StudentTable {
  private readonly index = new Map<string | number, number>([["", NO_STUDENT]]);
  private readonly info: StudentInfo[] = [{ id: null, name: null }];
  /** Students still without an id or a name: a record of anyone else need not read (and miss the cache on) info. */
  private readonly incomplete = new Set<number>();

  indexOf(record: LogRecord): number {
    const key = idKey(record.studentId ?? record.studentName ?? "");
    const known = this.index.get(key);
    if (known !== undefined) {
      // Only a record with both an id and a name can add what a student's info lacks.
      if (record.studentId !== undefined && record.studentName !== undefined && this.incomplete.has(known)) {
        this.complete(known, record);
      }
      return known;
    }
    const next = this.info.length;
    const info = { id: detach(record.studentId) ?? null, name: detach(record.studentName) ?? null };
    this.index.set(typeof key === "string" ? detach(key) : key, next);
    this.info.push(info);
    if (info.id === null || info.name === null) this.incomplete.add(next);
    return next;
  }

  /** What is known of a student: their id and name (either may be null). */
  infoOf(index: number): Readonly<StudentInfo> {
    return this.info[index] as StudentInfo;
  }

  /** A student first seen by id alone gets their name from a later record, and the other way round. */
  private complete(at: number, record: LogRecord): void {
    const info = this.info[at] as StudentInfo;
    if (info.name === null && record.studentName !== undefined) info.name = detach(record.studentName);
    if (info.id === null && record.studentId !== undefined) info.id = detach(record.studentId);
    if (info.id !== null && info.name !== null) this.incomplete.delete(at);
  }
}
