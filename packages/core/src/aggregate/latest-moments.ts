import type { Moment } from "./moment.js";

/** Up to this many students a linear scan beats hashing and costs no Map table. */
const LINEAR_LIMIT = 48;
/** `soleStudent` when no student is noted yet. */
const NONE = -1;

/**
 * The latest moment per student (a StudentTable index) within one assignment or finding. Most findings in a real
 * log have a single student (a stray error here and there), so the first student lives in two fields and the
 * lists exist only from the second on: two plain arrays (the moments unboxed as doubles), with a Map index only
 * for an unusually large section. This is most of what the analysis keeps, so bytes per student matter.
 */
export class LatestMoments {
  private soleStudent = NONE;
  private soleMoment: Moment = Number.NEGATIVE_INFINITY;
  private students: number[] | null = null;
  private moments: number[] | null = null;
  private index: Map<number, number> | undefined;

  get size(): number {
    return this.students?.length ?? (this.soleStudent === NONE ? 0 : 1);
  }

  get(student: number): Moment | undefined {
    if (this.moments === null) return this.soleStudent === student ? this.soleMoment : undefined;
    const slot = this.slotOf(student);
    return slot < 0 ? undefined : this.moments[slot];
  }

  /** Remember `moment` for `student` when it is later than what is known. */
  note(student: number, moment: Moment): void {
    if (this.students === null || this.moments === null) {
      if (this.soleStudent === NONE) {
        this.soleStudent = student;
        this.soleMoment = moment;
      } else if (this.soleStudent === student) {
        if (moment > this.soleMoment) this.soleMoment = moment;
      } else {
        this.students = [this.soleStudent, student];
        this.moments = [this.soleMoment, moment];
      }
      return;
    }
    const slot = this.slotOf(student);
    if (slot >= 0) {
      if (moment > (this.moments[slot] as number)) this.moments[slot] = moment;
      return;
    }
    // push, not an exact-size copy per student: copies of a growing list are garbage the old generation keeps
    // until its next full collection, which costs more than the slack push reserves.
    this.students.push(student);
    this.moments.push(moment);
    if (this.index) this.index.set(student, this.students.length - 1);
    else if (this.students.length > LINEAR_LIMIT) this.index = new Map(this.students.map((s, at) => [s, at]));
  }

  *entries(): Generator<[student: number, moment: Moment]> {
    if (this.students === null || this.moments === null) {
      if (this.soleStudent !== NONE) yield [this.soleStudent, this.soleMoment];
      return;
    }
    for (let at = 0; at < this.students.length; at++) yield [this.students[at] as number, this.moments[at] as number];
  }

  private slotOf(student: number): number {
    if (this.index) return this.index.get(student) ?? -1;
    return (this.students as number[]).indexOf(student);
  }
}
