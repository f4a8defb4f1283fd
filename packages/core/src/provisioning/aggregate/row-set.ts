/** A set of row numbers as a growable bitmap: one bit per row of the file, whatever the number of members. */
export class RowSet {
  private bits = new Uint8Array(128);

  add(row: number): void {
    const at = row >>> 3;
    if (at >= this.bits.length) {
      let size = this.bits.length * 2;
      while (size <= at) size *= 2;
      const bits = new Uint8Array(size);
      bits.set(this.bits);
      this.bits = bits;
    }
    this.bits[at] = (this.bits[at] as number) | (1 << (row & 7));
  }

  has(row: number): boolean {
    const at = row >>> 3;
    return at < this.bits.length && ((this.bits[at] as number) & (1 << (row & 7))) !== 0;
  }
}
