/** An Int32Array that grows by doubling, with every new slot set to `fill`: per-id facts in 4 bytes each. */
export class GrowableInts {
  private data: Int32Array;

  constructor(
    private readonly fill: number,
    capacity = 1024,
  ) {
    this.data = new Int32Array(capacity).fill(fill);
  }

  get(at: number): number {
    return at < this.data.length ? (this.data[at] as number) : this.fill;
  }

  set(at: number, value: number): void {
    if (at >= this.data.length) this.grow(at);
    this.data[at] = value;
  }

  /** Adds `by` to the slot and returns the new value. */
  add(at: number, by: number): number {
    if (at >= this.data.length) this.grow(at);
    const value = (this.data[at] as number) + by;
    this.data[at] = value;
    return value;
  }

  private grow(at: number): void {
    let capacity = this.data.length * 2;
    while (capacity <= at) capacity *= 2;
    const data = new Int32Array(capacity).fill(this.fill);
    data.set(this.data);
    this.data = data;
  }
}
