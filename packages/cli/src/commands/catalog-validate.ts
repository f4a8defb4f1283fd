import { resolve } from "node:path";
import { CatalogError, EXIT_CODES, type ExitCode, plural } from "@sis/core";
import { builtinCatalogDir } from "@sis/core/node";
import { loadCliCatalog } from "../catalog/load.js";
import type { CliIo } from "../io.js";
import { formatProblem } from "../render/problem-line.js";

/**
 * `catalog validate [DIR…]`: the built-in catalog plus the given directories, checked the way `--catalog` would
 * load them (so conflicts with built-in entries show), listing every problem rather than the first. Unlike a run,
 * it checks the built-in catalog alone too: this is the command CI runs on it.
 */
export async function runCatalogValidate(dirs: string[], io: CliIo): Promise<ExitCode> {
  // Naming the built-in directory itself must not make every entry override itself.
  const builtin = resolve(builtinCatalogDir());
  const extra = dirs.filter((dir) => resolve(dir) !== builtin);
  try {
    const { compiled } = await loadCliCatalog(extra, true);
    io.stdout.write(
      `catalog OK: ${plural(compiled.entries.length, "entry", "entries")} (version ${compiled.version})\n`,
    );
    return EXIT_CODES.clean;
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    for (const problem of error.problems) io.stdout.write(`${formatProblem(problem)}\n`);
    io.stderr.write(`catalog invalid: ${error.message}\n`);
    return EXIT_CODES.failure;
  }
}
