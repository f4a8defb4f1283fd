import type { Catalog, CatalogEntry } from "../catalog/entry-schema.js";

/** A catalog ready for matching: regexes compiled once, literals indexed for the prefilter. */
export interface CompiledCatalog {
  version: string;
  entries: readonly CatalogEntry[];
  /** Internal: built by compileCatalog; treat as opaque. */
  readonly matcher: unknown;
  readonly source: Catalog;
}
