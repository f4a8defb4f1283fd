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
/** A full slab is packed in place while its live blocks fill at most this share of it, else into a larger one. */
const PACKED_FULLNESS_LIMIT = 0.85;
/** A larger slab has room for half its live slots again: few slabs replaced, each garbage until a full GC. */
const GROWTH = 1.5;
/** Blocks hold 2^0 … 2^30 slots: one free list per size. */
const SIZES = 31;
/** The end of a free list. */
const NONE = -1;

/**
 * The latest moment per student (a StudentTable index) in many small lists: one per assignment for its successes,
 * one per finding for its errors. Together they are most of what an analysis keeps, so they share one slab of typed
 * arrays, 12 bytes per (student, moment) with no object, array header or boxed number per list.
 *
 * A list holds a block of the next power of two of its length. A full block moves to one twice its size, and the
 * block left behind goes on the free list of its size (linked through its first slot) for the next list that grows
 * to that size; when none is free the block comes from the slab's end. Blocks no list grows into pile up (every
 * list's earlier sizes, once all lists have passed them), so a full slab is packed: its live blocks copied to its
 * start, or into a larger slab. Lists grow by doubling, so packing copies a slot a bounded number of times, and
 * reuse makes it rare: packing whenever the slab filled was a twentieth of a high-cardinality run (31 packings).
 */
export class LatestMoments {
  private students = new Int32Array(FIRST_SLOTS);
  private moments = new Float64Array(FIRST_SLOTS);
  /** First slot of the slab no block has used yet. */
  private end = 0;
  /** Slots of the blocks lists hold (the rest below `end` is in free blocks). */
  private used = 0;
  /** The first free block of each size (NONE: none); each free block's first slot holds the next. */
  private readonly freeBlocks = new Int32Array(SIZES).fill(NONE);
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

  /** Give `list` a block of `capacity` slots with its entries copied over, and free the block it had. */
  private move(list: MomentList, capacity: number): void {
    const to = this.allocate(capacity);
    // Read after allocating, which may have packed the slab and so moved this list's block.
    const from = this.startOf(list);
    const length = this.lengthOf(list);
    this.students.copyWithin(to, from, from + length);
    this.moments.copyWithin(to, from, from + length);
    this.meta[list * PER_LIST + START] = to;
    // A list moves only when full, so its old block held exactly `length` slots (none for a new list).
    if (length > 0) this.release(from, length);
  }

  private allocate(capacity: number): number {
    this.used += capacity;
    const size = sizeOf(capacity);
    const free = this.freeBlocks[size] as number;
    if (free !== NONE) {
      this.freeBlocks[size] = this.students[free] as number;
      return free;
    }
    if (this.end + capacity > this.students.length) this.pack();
    const at = this.end;
    this.end += capacity;
    return at;
  }

  private release(start: number, capacity: number): void {
    this.used -= capacity;
    const size = sizeOf(capacity);
    this.students[start] = this.freeBlocks[size] as number;
    this.freeBlocks[size] = start;
  }

  /**
   * Pack the live blocks to the start of the slab, in place while that leaves room for the block being allocated
   * (counted in `used`) and then some; otherwise into a larger slab. In place matters: a replaced slab stays in
   * memory until a full collection. Free blocks are gone after, so the free lists start empty again.
   */
  private pack(): void {
    const inPlace = this.used <= this.students.length * PACKED_FULLNESS_LIMIT;
    const slots = inPlace ? this.students.length : Math.ceil(this.used * GROWTH);
    const students = inPlace ? this.students : new Int32Array(slots);
    const moments = inPlace ? this.moments : new Float64Array(slots);
    // In place, blocks go in slab order: each only ever moves towards the start, over space already copied.
    const order = inPlace ? this.listsBySlabOrder() : Array.from({ length: this.lists }, (_, list) => list);
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
    this.freeBlocks.fill(NONE);
  }

  /**
   * The lists in the order of their blocks in the slab. Sorted as numbers `start * 2^k + list` in a typed array,
   * natively and without a comparator call per pair: sorting tens of thousands of lists by a comparator was most of
   * a packing's time.
   */
  private listsBySlabOrder(): ArrayLike<number> & Iterable<number> {
    const scale = 2 ** (32 - Math.clz32(this.lists));
    if (this.students.length * scale > Number.MAX_SAFE_INTEGER) {
      return Array.from({ length: this.lists }, (_, list) => list).sort((a, b) => this.startOf(a) - this.startOf(b));
    }
    const keys = new Float64Array(this.lists);
    for (let list = 0; list < this.lists; list++) keys[list] = this.startOf(list) * scale + list;
    keys.sort();
    for (let at = 0; at < keys.length; at++) keys[at] = (keys[at] as number) % scale;
    return keys;
  }
}

/** Block sizes are powers of two: a block is full exactly when its length is one of them (an empty list has none). */
function isFull(length: number): boolean {
  return (length & (length - 1)) === 0;
}

function capacityOf(length: number): number {
  return length <= 1 ? length : 2 ** (32 - Math.clz32(length - 1));
}

/** The free list of a block of `capacity` (a power of two) slots. */
function sizeOf(capacity: number): number {
  return 31 - Math.clz32(capacity);
}
