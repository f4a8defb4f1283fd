/** Repeated values a dependency must be seen on before it counts: one row proves nothing. */
const MIN_SUPPORT = 2;

/** What separates a section id from its course id: `30101.1`, `30101-2`, `30101_A`. */
const SUB_ID_SEPARATORS = ".-_:/";

/**
 * How the columns of a table's first rows relate, row by row: which column's values determine another's (an
 * assignment id its course id), which pair one to one, and which extend another's values. This is what tells the
 * columns of a file with no header apart once their values alone cannot (ids all look alike).
 */
export class ColumnRelations {
  private readonly distinctCounts = new Map<number, number>();

  constructor(private readonly rows: readonly (readonly string[])[]) {}

  get rowCount(): number {
    return this.rows.length;
  }

  value(row: number, column: number): string {
    return (this.rows[row]?.[column] ?? "").trim();
  }

  /** The column's non-empty values, in row order. */
  values(column: number): string[] {
    const values: string[] = [];
    for (let row = 0; row < this.rows.length; row++) {
      const value = this.value(row, column);
      if (value.length > 0) values.push(value);
    }
    return values;
  }

  distinct(column: number): number {
    let count = this.distinctCounts.get(column);
    if (count === undefined) {
      count = new Set(this.values(column)).size;
      this.distinctCounts.set(column, count);
    }
    return count;
  }

  /** Each value of `a` comes with one value of `b`, and that is seen on at least two values of `a` that repeat. */
  determines(a: number, b: number): boolean {
    const seen = new Map<string, { with: string; rows: number }>();
    for (let row = 0; row < this.rows.length; row++) {
      const from = this.value(row, a);
      const to = this.value(row, b);
      if (from.length === 0 || to.length === 0) continue;
      const known = seen.get(from);
      if (known === undefined) seen.set(from, { with: to, rows: 1 });
      else if (known.with !== to) return false;
      else known.rows++;
    }
    let support = 0;
    for (const { rows } of seen.values()) if (rows > 1) support++;
    return support >= MIN_SUPPORT;
  }

  /** Some value of `b` comes with two different values of `a` (a course with two assignments). */
  splits(b: number, a: number): boolean {
    const seen = new Map<string, string>();
    for (let row = 0; row < this.rows.length; row++) {
      const of = this.value(row, b);
      const value = this.value(row, a);
      if (of.length === 0 || value.length === 0) continue;
      const first = seen.get(of);
      if (first === undefined) seen.set(of, value);
      else if (first !== value) return true;
    }
    return false;
  }

  /** `a` and `b` determine each other: two columns for one thing (a course's id and its name). */
  pairs(a: number, b: number): boolean {
    return this.determines(a, b) && this.determines(b, a);
  }

  /** On every row with both, `a`'s value is `b`'s followed by a separator and more: a section of a course. */
  extends(a: number, b: number): boolean {
    let rows = 0;
    for (let row = 0; row < this.rows.length; row++) {
      const long = this.value(row, a);
      const short = this.value(row, b);
      if (long.length === 0 || short.length === 0) continue;
      const separator = long[short.length];
      if (!long.startsWith(short) || separator === undefined || !SUB_ID_SEPARATORS.includes(separator)) return false;
      rows++;
    }
    return rows >= MIN_SUPPORT;
  }

  /** Rows where `a` is empty and `b` is not: assignment-level records name no student. */
  emptyWhere(a: number, b: number): number {
    let rows = 0;
    for (let row = 0; row < this.rows.length; row++) {
      if (this.value(row, a).length === 0 && this.value(row, b).length > 0) rows++;
    }
    return rows;
  }
}
