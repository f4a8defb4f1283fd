import { visibleWidth } from "./text-width.js";

/** How a table column may give up room when the table is wider than the terminal. */
export interface ColumnSpec {
  head: string;
  /**
   * The narrowest this column's text reads well at (in columns, without padding): it wraps down to this before any
   * column is left out. Absent: the column never wraps (counts, yes/no).
   */
  minWidth?: number;
  /** Wrapped to minWidth before the other columns give up room: dates and slugs wrap well, error titles less so. */
  squeezeFirst?: boolean;
  /** Left out, lowest first, when the table does not fit even with every column at its minWidth. */
  dropOrder?: number;
}

export interface ColumnFit {
  /** Indexes of the columns kept, in their order. */
  kept: number[];
  /** Text width of each kept column (padding and borders not included). */
  widths: number[];
}

/** A cell's padding (one space each side) and the border on its right; a table has one border more on its left. */
const CELL_CHROME = 3;
/** Narrower than this a column is no longer readable; only reached when the terminal is tinier than any minWidth. */
const FLOOR = 4;

/**
 * Column widths that make a table of `cells` fit `width` terminal columns: columns at their natural width when
 * they fit; else dates wrapped to their minWidth at once, then the widest text columns down to theirs; then
 * columns left out in their drop order; only then text columns below their minWidth.
 */
export function fitColumns(
  specs: readonly ColumnSpec[],
  cells: readonly (readonly string[])[],
  width: number,
): ColumnFit {
  const natural = specs.map((spec, i) =>
    Math.max(longestLine(spec.head), ...cells.map((row) => longestLine(row[i] ?? ""))),
  );
  let kept = specs.map((_, i) => i);
  for (;;) {
    const room = width - 1 - kept.length * CELL_CHROME;
    const widths = kept.map((i) => natural[i] as number);
    const columns = kept.map((i, at) => ({ at, spec: specs[i] as ColumnSpec }));
    if (sum(widths) > room) {
      // Wrapped at all, a date or slug reads best at its narrowest; the room that frees goes to the text columns.
      for (const { at, spec } of columns) {
        if (spec.squeezeFirst) widths[at] = Math.min(widths[at] ?? 0, spec.minWidth ?? 0);
      }
    }
    shrink(widths, room, columns, (c) => c.spec.minWidth ?? widths[c.at] ?? 0);
    if (sum(widths) <= room) return { kept, widths };
    const droppable = kept.filter((i) => specs[i]?.dropOrder !== undefined);
    if (droppable.length === 0) {
      shrink(
        widths,
        room,
        columns.filter((c) => c.spec.minWidth !== undefined),
        () => FLOOR,
      );
      // Still too wide: a count or yes/no column wraps its head ("Reso|lved") rather than the table overflow.
      shrink(widths, room, columns, (c) => Math.max(FLOOR, longestCell(cells, kept[c.at] as number)));
      return { kept, widths };
    }
    const drop = droppable.reduce((a, b) => ((specs[a]?.dropOrder ?? 0) <= (specs[b]?.dropOrder ?? 0) ? a : b));
    kept = kept.filter((i) => i !== drop);
  }
}

type Column = { at: number; spec: ColumnSpec };

/** Take one column of room at a time from the widest column still above its floor, until the widths fit. */
function shrink(widths: number[], room: number, columns: readonly Column[], floor: (column: Column) => number): void {
  while (sum(widths) > room) {
    let widest: Column | undefined;
    for (const column of columns) {
      const now = widths[column.at] ?? 0;
      if (now > floor(column) && (!widest || now > (widths[widest.at] ?? 0))) widest = column;
    }
    if (!widest) return;
    widths[widest.at] = (widths[widest.at] ?? 0) - 1;
  }
}

function longestCell(cells: readonly (readonly string[])[], column: number): number {
  return Math.max(0, ...cells.map((row) => longestLine(row[column] ?? "")));
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split("\n").map(visibleWidth));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
