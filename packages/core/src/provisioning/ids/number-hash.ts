/**
 * A hash map from non-negative integers below 2^53 to int32 values in two typed arrays (open addressing, linear
 * probing): 12 bytes a slot, where a Map of numbers costs several times that. For facts about a million enrollments.
 */
export class NumberHash {
  private keys: Float64Array;
  private values: Int32Array;
  private used = 0;
  private mask: number;

  constructor(capacity = 1 << 12) {
    this.keys = new Float64Array(capacity).fill(-1);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.used;
  }

  /** The value stored for `key`, or undefined. */
  get(key: number): number | undefined {
    const slot = this.slotOf(key);
    return this.keys[slot] === key ? this.values[slot] : undefined;
  }

  /** Stores `value` for `key` and returns what was stored before, or undefined: one probe for both. */
  exchange(key: number, value: number): number | undefined {
    let slot = this.slotOf(key);
    if (this.keys[slot] === key) {
      const before = this.values[slot];
      this.values[slot] = value;
      return before;
    }
    if ((this.used + 1) * 2 > this.keys.length) {
      this.grow();
      slot = this.slotOf(key);
    }
    this.keys[slot] = key;
    this.values[slot] = value;
    this.used++;
    return undefined;
  }

  set(key: number, value: number): void {
    let slot = this.slotOf(key);
    if (this.keys[slot] !== key) {
      if ((this.used + 1) * 2 > this.keys.length) {
        this.grow();
        slot = this.slotOf(key);
      }
      this.keys[slot] = key;
      this.used++;
    }
    this.values[slot] = value;
  }

  *entries(): Generator<[number, number]> {
    for (let slot = 0; slot < this.keys.length; slot++) {
      const key = this.keys[slot] as number;
      if (key >= 0) yield [key, this.values[slot] as number];
    }
  }

  private slotOf(key: number): number {
    // Mix both halves of the key: ids packed into its high bits must spread as well as its low ones.
    const high = Math.floor(key / 0x100000000);
    let hash = (key >>> 0) ^ Math.imul(high, 0x9e3779b1);
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash ^= hash >>> 13;
    let slot = hash & this.mask;
    for (;;) {
      const found = this.keys[slot] as number;
      if (found === key || found < 0) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot] as number;
      if (key < 0) continue;
      const to = this.slotOf(key);
      this.keys[to] = key;
      this.values[to] = values[slot] as number;
    }
  }
}
