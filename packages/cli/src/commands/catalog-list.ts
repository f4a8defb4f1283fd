import { EXIT_CODES, type ExitCode } from "@sis/core";
import { entrySummary } from "../catalog/entry-summary.js";
import { loadCliCatalog } from "../catalog/load.js";
import { type CliIo, wantsColour } from "../io.js";
import { tableString } from "../render/cli-table.js";

export interface CatalogListFlags {
  format?: "json" | "table";
  catalog: string[];
}

/** `catalog list`: every entry in effect (built-in plus --catalog directories), as JSON or a table. */
export async function runCatalogList(flags: CatalogListFlags, io: CliIo): Promise<ExitCode> {
  const { compiled } = await loadCliCatalog(flags.catalog);
  const entries = compiled.entries.map(entrySummary);
  if ((flags.format ?? (io.stdout.isTTY ? "table" : "json")) === "json") {
    io.stdout.write(`${JSON.stringify({ version: compiled.version, entries }, null, 2)}\n`);
    return EXIT_CODES.clean;
  }
  const head = ["Id", "SIS", "Title", "Severity", "Provenance", "Samples"];
  const rows = entries.map((e) => [
    e.id,
    e.sis,
    e.title,
    e.severity,
    e.provenance.message,
    `${e.samples.match.length}/${e.samples.noMatch.length}`,
  ]);
  io.stdout.write(
    `${tableString(head, rows, wantsColour(io))}\ncatalog ${compiled.version}: ${entries.length} entries\n`,
  );
  return EXIT_CODES.clean;
}
