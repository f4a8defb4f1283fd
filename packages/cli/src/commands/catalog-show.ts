import { EXIT_CODES, type ExitCode } from "@sis/core";
import { closestIds } from "../catalog/closest-ids.js";
import { loadCliCatalog } from "../catalog/load.js";
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
    const close = closestIds(
      id,
      compiled.entries.map((candidate) => candidate.id),
    );
    const hint = close.length > 0 ? `; did you mean ${close.join(", ")}?` : "; `gpb-analyze catalog list` lists them";
    throw new UsageError(`expected the id of a catalog entry, got "${id}", which no entry has${hint}`);
  }
  io.stdout.write(
    flags.format === "json" ? `${JSON.stringify(entry, null, 2)}\n` : renderEntry(entry, outputWidth(io)),
  );
  return EXIT_CODES.clean;
}
