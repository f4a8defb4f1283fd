import { EXIT_CODES, type ExitCode, plural } from "@sis/core";
import { entrySummary } from "../catalog/entry-summary.js";
import { loadCliCatalog } from "../catalog/load.js";
import { type CliIo, wantsColour } from "../io.js";
import { tableString } from "../render/cli-table.js";
import type { ColumnSpec } from "../render/fit-columns.js";
import { wrapText } from "../render/wrap-text.js";
import { outputWidth } from "../terminal-width.js";

export interface CatalogListFlags {
  format?: "json" | "table";
  catalog: string[];
}

/**
 * Ids start with their SIS, so the SIS column is the first to go when a terminal is narrow; ids and titles keep
 * room enough to wrap onto two or three lines.
 */
const COLUMNS: readonly ColumnSpec[] = [
  { head: "Id", minWidth: 22 },
  { head: "SIS", minWidth: 11, dropOrder: 1 },
  { head: "Title", minWidth: 20 },
  { head: "Severity", dropOrder: 4 },
  { head: "Provenance", dropOrder: 3 },
  { head: "Samples", dropOrder: 2 },
];

/** `catalog list`: every entry in effect (built-in plus --catalog directories), as JSON or a table. */
export async function runCatalogList(flags: CatalogListFlags, io: CliIo): Promise<ExitCode> {
  const { compiled } = await loadCliCatalog(flags.catalog);
  const entries = compiled.entries.map(entrySummary);
  if ((flags.format ?? (io.stdout.isTTY ? "table" : "json")) === "json") {
    io.stdout.write(`${JSON.stringify({ version: compiled.version, entries }, null, 2)}\n`);
    return EXIT_CODES.clean;
  }
  const rows = entries.map((e) => [
    e.id,
    e.sis,
    e.title,
    e.severity,
    e.provenance.message,
    `${e.samples.match.length}/${e.samples.noMatch.length}`,
  ]);
  const width = outputWidth(io);
  const table = tableString(COLUMNS, rows, { colour: wantsColour(io), width });
  const left = table.dropped.length > 0 ? `; left out to fit ${width} columns: ${table.dropped.join(", ")}` : "";
  const footer = `catalog ${compiled.version}: ${plural(entries.length, "entry", "entries")}${left} (--format json has every field)`;
  io.stdout.write(`${table.text}\n${wrapText(footer, width).join("\n")}\n`);
  return EXIT_CODES.clean;
}
