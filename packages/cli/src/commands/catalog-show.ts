import { EXIT_CODES, type ExitCode } from "@sis/core";
import { loadCliCatalog } from "../catalog/load.js";
import { unknownEntryMessage } from "../catalog/unknown-entry.js";
import type { CliIo } from "../io.js";
import { renderEntry } from "../render/entry-text.js";
import { outputWidth } from "../terminal-width.js";
import { UsageError } from "../usage-error.js";

export interface CatalogShowFlags {
  format?: "json" | "text";
  catalog: string[];
}

/** `catalog show ID`: one entry with its meaning and the fix per person; a typo gets suggestions. */
export async function runCatalogShow(id: string, flags: CatalogShowFlags, io: CliIo): Promise<ExitCode> {
  const { compiled } = await loadCliCatalog(flags.catalog);
  const entry = compiled.entries.find((candidate) => candidate.id === id);
  if (!entry) {
    const ids = compiled.entries.map((candidate) => candidate.id);
    throw new UsageError(unknownEntryMessage(id, ids, "`gpb-analyze catalog list` lists them"));
  }
  io.stdout.write(
    flags.format === "json" ? `${JSON.stringify(entry, null, 2)}\n` : renderEntry(entry, outputWidth(io)),
  );
  return EXIT_CODES.clean;
}
