import {
  type CatalogEntry,
  type CatalogEntryInput,
  CatalogEntry as CatalogEntrySchema,
} from "../../packages/core/src/catalog/entry-schema.js";
import { validEntry } from "../../packages/core/src/catalog/test-support.js";

/** A parsed catalog entry for matching and report tests; override only what the test is about. */
export function makeEntry(overrides: Partial<CatalogEntryInput> & { id: string }): CatalogEntry {
  return CatalogEntrySchema.parse(validEntry({ title: `Title of ${overrides.id}`, ...overrides }));
}
