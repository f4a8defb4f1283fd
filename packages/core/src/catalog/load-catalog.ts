import { CatalogError } from "../errors.js";
import type { CatalogSource } from "./catalog-source.js";
import type { Catalog } from "./entry-schema.js";
import { validateCatalog } from "./validate-catalog.js";

export interface LoadedCatalog {
  catalog: Catalog;
  /** Informational: entries a later source replaced by id. Not problems. */
  overrides: string[];
}

/** Used when the first source has no version; a report should still say which catalog it used. */
export const UNVERSIONED_CATALOG = "0.0.0";

/**
 * Validate and merge catalog sources, the first one being the built-in catalog. Throws CatalogError with every
 * problem, so the CLI can list them all and exit 2. The version is the built-in one, marked `+custom` when other
 * sources change the entries, because a report must not claim a catalog version that it did not use as published.
 */
export function loadCatalog(sources: readonly CatalogSource[]): LoadedCatalog {
  const validation = validateCatalog(sources);
  if (validation.problems.length > 0) throw new CatalogError(validation.problems);
  const base = sources[0]?.version ?? UNVERSIONED_CATALOG;
  const version = validation.customized ? `${base}+custom` : base;
  return {
    catalog: { version, entries: validation.entries.map((item) => item.entry) },
    overrides: validation.overrides,
  };
}
