import type { Moment } from "./moment.js";

/** One list of a LatestMoments table: its number there. */
export type MomentList = number;

/** Up to this many students a scan of the list beats hashing and costs no Map. */
const LINEAR_LIMIT = 48;
const FIRST_SLOTS = 1024;
const FIRST_LISTS = 256;
/**
 * What the table keeps per list, side by side in one array so a note touches one cache line for them: where its
 * block starts, its length, and the earliest and latest moment ever noted in it (whichever student it was for).
 */
const START = 0;
const LENGTH = 1;
const FIRST = 2;
const LAST = 3;
const PER_LIST = 4;
/** A slab packs in place while its live blocks fill at most this share of it. */
const PACKED_FULLNESS_LIMIT = 0.85;
/** Otherwise a new slab with room for half its live slots again: few slabs replaced, each garbage until a full GC. */
const GROWTH = 1.5;

/**
 * The latest moment per student (a StudentTable index) in many small lists: one per assignment for its successes,
 * one per finding for its errors. Together they are most of what an analysis keeps, so they share one slab of typed
 * arrays, 12 bytes per (student, moment) with no object, array header or boxed number per list.
 *
 * A list holds a block of the next power of two of its length. A full block moves to one twice its size at the end
 * of the slab; the block left behind is not reused but dropped when the slab fills and the live blocks are packed
 * to its start (or into a larger slab). Lists grow by doubling, so packing copies a slot a bounded number of times.
 */
export class LatestMoments {
  private students = new Int32Array(FIRST_SLOTS);
  private moments = new Float64Array(FIRST_SLOTS);
  /** First unused slot of the slab. */
  private end = 0;
  private meta = new Float64Array(FIRST_LISTS * PER_LIST);
  private lists = 0;
  /**
   * Slot (from the list's start) by student for each list longer than LINEAR_LIMIT, and only those: a huge section,
   * a log without courses.
   */
  private readonly indexes = new Map<MomentList, Map<number, number>>();

  newList(): MomentList {
    const at = this.lists * PER_LIST;
    if (at === this.meta.length) {
      const larger = new Float64Array(at * 2);
      larger.set(this.meta);
      this.meta = larger;
    }
    this.meta[at + FIRST] = Number.POSITIVE_INFINITY;
    this.meta[at + LAST] = Number.NEGATIVE_INFINITY;
    return this.lists++;
  }

  /** The earliest moment noted in the list (+Infinity for none). */
  firstNoted(list: MomentList): Moment {
    return this.meta[list * PER_LIST + FIRST] as number;
  }

  /** The latest moment noted in the list (-Infinity for none). */
  lastNoted(list: MomentList): Moment {
    return this.meta[list * PER_LIST + LAST] as number;
  }

  get(list: MomentList, student: number): Moment | undefined {
    const slot = this.slotOf(list, student);
    return slot < 0 ? undefined : this.moments[slot];
  }

  /** Remember `moment` for `student` when it is later than what the list knows. */
  note(list: MomentList, student: number, moment: Moment): void {
    const meta = list * PER_LIST;
    if (moment < (this.meta[meta + FIRST] as number)) this.meta[meta + FIRST] = moment;
    if (moment > (this.meta[meta + LAST] as number)) this.meta[meta + LAST] = moment;
    const slot = this.slotOf(list, student);
    if (slot >= 0) {
      if (moment > (this.moments[slot] as number)) this.moments[slot] = moment;
      return;
    }
    const length = this.lengthOf(list);
    if (isFull(length)) this.move(list, length === 0 ? 1 : length * 2);
    const at = this.startOf(list) + length;
    this.students[at] = student;
    this.moments[at] = moment;
    this.meta[meta + LENGTH] = length + 1;
    if (length > LINEAR_LIMIT) (this.indexes.get(list) as Map<number, number>).set(student, length);
    else if (length === LINEAR_LIMIT) this.indexes.set(list, this.indexOf(list));
  }

  /** Calls `each` for every (student, latest moment) of the list: no tuple or iterator per entry. */
  forEach(list: MomentList, each: (student: number, moment: Moment) => void): void {
    const start = this.startOf(list);
    const end = start + this.lengthOf(list);
    for (let at = start; at < end; at++) each(this.students[at] as number, this.moments[at] as number);
  }

  /** How many students the list has. */
  size(list: MomentList): number {
    return this.lengthOf(list);
  }

  private startOf(list: MomentList): number {
    return this.meta[list * PER_LIST + START] as number;
  }

  private lengthOf(list: MomentList): number {
    return this.meta[list * PER_LIST + LENGTH] as number;
  }

  private slotOf(list: MomentList, student: number): number {
    const start = this.startOf(list);
    const length = this.lengthOf(list);
    if (length > LINEAR_LIMIT) {
      const slot = (this.indexes.get(list) as Map<number, number>).get(student);
      return slot === undefined ? -1 : start + slot;
    }
    for (let at = start; at < start + length; at++) if (this.students[at] === student) return at;
    return -1;
  }

  private indexOf(list: MomentList): Map<number, number> {
    const index = new Map<number, number>();
    const start = this.startOf(list);
    for (let slot = 0; slot < this.lengthOf(list); slot++) index.set(this.students[start + slot] as number, slot);
    return index;
  }

  /** Give `list` a block of `capacity` slots at the end of the slab, with its entries copied over. */
  private move(list: MomentList, capacity: number): void {
    if (this.end + capacity > this.students.length) this.pack(capacity);
    const from = this.startOf(list);
    const length = this.lengthOf(list);
    this.students.copyWithin(this.end, from, from + length);
    this.moments.copyWithin(this.end, from, from + length);
    this.meta[list * PER_LIST + START] = this.end;
    this.end += capacity;
  }

  /**
   * Pack the live blocks to the start of the slab, in place while that leaves enough room for `needed` slots and then
   * some; otherwise into a larger slab. In place matters: a replaced slab stays in memory until a full collection.
   */
  private pack(needed: number): void {
    let live = needed;
    for (let list = 0; list < this.lists; list++) live += capacityOf(this.lengthOf(list));
    const inPlace = live <= this.students.length * PACKED_FULLNESS_LIMIT;
    const slots = inPlace ? this.students.length : Math.ceil(live * GROWTH);
    const students = inPlace ? this.students : new Int32Array(slots);
    const moments = inPlace ? this.moments : new Float64Array(slots);
    // In place, blocks go in slab order: each only ever moves towards the start, over space already copied.
    const order = Array.from({ length: this.lists }, (_, list) => list);
    if (inPlace) order.sort((a, b) => this.startOf(a) - this.startOf(b));
    let end = 0;
    for (const list of order) {
      const from = this.startOf(list);
      const length = this.lengthOf(list);
      for (let slot = 0; slot < length; slot++) {
        students[end + slot] = this.students[from + slot] as number;
        moments[end + slot] = this.moments[from + slot] as number;
      }
      this.meta[list * PER_LIST + START] = end;
      end += capacityOf(length);
    }
    this.students = students;
    this.moments = moments;
    this.end = end;
  }
}

/** Block sizes are powers of two: a block is full exactly when its length is one of them (an empty list has none). */
function isFull(length: number): boolean {
  return (length & (length - 1)) === 0;
}

function capacityOf(length: number): number {
  return length <= 1 ? length : 2 ** (32 - Math.clz32(length - 1));
}
