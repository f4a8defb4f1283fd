import { EXIT_CODES, type ExitCode, plural, TOOL } from "@sis/core";
import { loadCliCatalog } from "../catalog/load.js";
import type { CliIo } from "../io.js";

/** Both versions, because a report's findings depend on the catalog as much as on the engine. */
export async function printVersion(catalogDirs: readonly string[], io: CliIo): Promise<ExitCode> {
  const { compiled } = await loadCliCatalog(catalogDirs);
  io.stdout.write(
    `${TOOL.name} ${TOOL.version} (catalog ${compiled.version}, ${plural(compiled.entries.length, "entry", "entries")})\n`,
  );
  return EXIT_CODES.clean;
}
