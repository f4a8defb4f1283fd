import Table from "cli-table3";

/** Long error titles and templates wrap instead of stretching the table past a terminal's width. */
const WIDEST_FIRST_COLUMN = 60;

/**
 * A cli-table3 table as a string. cli-table3 colours head and border whenever TERM is set, so without colour the
 * styles are emptied explicitly: piped output must carry no escape codes.
 */
export function tableString(head: string[], rows: string[][], colour: boolean): string {
  const longest = Math.max(head[0]?.length ?? 0, ...rows.map((row) => row[0]?.length ?? 0));
  const table = new Table({
    head,
    colWidths: [Math.min(WIDEST_FIRST_COLUMN, longest + 2)],
    wordWrap: true,
    style: colour ? { head: ["cyan"], border: ["grey"] } : { head: [], border: [] },
  });
  table.push(...rows);
  return table.toString();
}
