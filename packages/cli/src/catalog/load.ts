import { type CompiledCatalog, compileCatalog } from "@sis/core";
import { loadCatalogFromDirs } from "@sis/core/node";

export interface CliCatalog {
  compiled: CompiledCatalog;
  /** Built-in entries that a user directory replaced, one line each. */
  overrides: string[];
}

/**
 * The built-in catalog plus the user's directories. An invalid directory throws CatalogError with every problem:
 * falling back to the built-in catalog would hide the very entries the user meant to apply. `checkBuiltin`: check
 * the built-in catalog even alone (`catalog validate`); a run only parses it.
 */
export async function loadCliCatalog(dirs: readonly string[], checkBuiltin = false): Promise<CliCatalog> {
  const { catalog, overrides } = await loadCatalogFromDirs(dirs, { builtin: true, checkBuiltin });
  return { compiled: compileCatalog(catalog), overrides };
}
