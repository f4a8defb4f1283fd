import Table from "cli-table3";
import { type ColumnSpec, fitColumns } from "./fit-columns.js";
import { wrapText } from "./wrap-text.js";

/** A cell's text, and the style each of its lines is painted with once wrapped (colour codes must not be cut). */
export type Cell = string | { text: string; paint: (line: string) => string };

export interface TableOptions {
  colour: boolean;
  /** Terminal columns the table may take, borders included. */
  width: number;
}

export interface FittedTable {
  text: string;
  /** Heads of the columns left out to fit the width, for a note that says so. */
  dropped: string[];
}

/**
 * A cli-table3 table no wider than `options.width`: cells are wrapped here (so colour codes are applied per line
 * and never cut) and columns narrowed or left out by fitColumns. cli-table3 colours head and border whenever TERM
 * is set, so without colour the styles are emptied explicitly: piped output must carry no escape codes.
 */
export function tableString(
  columns: readonly ColumnSpec[],
  rows: readonly (readonly Cell[])[],
  { colour, width }: TableOptions,
): FittedTable {
  const texts = rows.map((row) => row.map((cell) => (typeof cell === "string" ? cell : cell.text)));
  const { kept, widths } = fitColumns(columns, texts, width);
  const wrap = (cell: Cell, at: number) => {
    const lines = wrapText(typeof cell === "string" ? cell : cell.text, widths[at] ?? 1);
    return (typeof cell === "string" ? lines : lines.map(cell.paint)).join("\n");
  };
  const table = new Table({
    head: kept.map((i, at) => wrap(columns[i]?.head ?? "", at)),
    // cli-table3's widths include the cell's padding of one space on each side.
    colWidths: widths.map((w) => w + 2),
    style: colour ? { head: ["cyan"], border: ["grey"] } : { head: [], border: [] },
  });
  table.push(...rows.map((row) => kept.map((i, at) => wrap(row[i] ?? "", at))));
  return { text: table.toString(), dropped: columns.filter((_, i) => !kept.includes(i)).map((c) => c.head) };
}
