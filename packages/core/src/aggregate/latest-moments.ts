import type { Moment } from "./moment.js";

/** Up to this many students a linear scan beats hashing and costs no Map table. */
const LINEAR_LIMIT = 48;

/**
 * The latest moment per student (a StudentTable index) within one assignment or finding: usually a few dozen
 * students, so two plain arrays (the moments unboxed as doubles) instead of a Map with a boxed number per entry.
 * A Map index is added only for an unusually large section. This is most of what the analysis keeps per line.
 */
export class LatestMoments {
  private readonly students: number[] = [];
  private readonly moments: number[] = [];
  private index: Map<number, number> | undefined;

  get size(): number {
    return this.students.length;
  }

  get(student: number): Moment | undefined {
    const slot = this.slotOf(student);
    return slot < 0 ? undefined : this.moments[slot];
  }

  /** Remember `moment` for `student` when it is later than what is known. */
  note(student: number, moment: Moment): void {
    const slot = this.slotOf(student);
    if (slot >= 0) {
      if (moment > (this.moments[slot] as number)) this.moments[slot] = moment;
      return;
    }
    this.students.push(student);
    this.moments.push(moment);
    if (this.index) this.index.set(student, this.students.length - 1);
    else if (this.students.length > LINEAR_LIMIT) this.index = new Map(this.students.map((s, at) => [s, at]));
  }

  *entries(): Generator<[student: number, moment: Moment]> {
    for (let at = 0; at < this.students.length; at++) yield [this.students[at] as number, this.moments[at] as number];
  }

  private slotOf(student: number): number {
    if (this.index) return this.index.get(student) ?? -1;
    return this.students.indexOf(student);
  }
}
