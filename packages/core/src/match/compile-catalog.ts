import type { Catalog, CatalogEntry } from "../catalog/entry-schema.js";
import { LiteralIndex } from "../util/literal-index.js";
import type { CompiledCatalog } from "./compiled-catalog.js";
import type { MatchResult } from "./match-message.js";

/** What the matcher needs per entry, prepared once. */
export interface CompiledEntry {
  entry: CatalogEntry;
  regex: RegExp;
  /** Longer literals are more specific: used to order entries that match the same message. */
  specificity: number;
  /**
   * For an entry without captures, the one result every message it alone explains gets: shared (and frozen), so
   * a memo of thousands of such messages holds no result object per message.
   */
  plain: MatchResult | null;
}

export interface Matcher {
  entries: readonly CompiledEntry[];
  index: LiteralIndex;
  /** SIS slugs that have at least one entry: a hint naming another SIS narrows nothing. */
  sisSlugs: ReadonlySet<string>;
}

/** Compile every regex once and index the literals. The catalog is assumed valid (loadCatalog checked it). */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const entries = catalog.entries.map(
    (entry): CompiledEntry => ({
      entry,
      // Without `g`/`y` a RegExp keeps no lastIndex state, so one instance can be shared by every call.
      regex: new RegExp(entry.match.pattern, entry.match.flags.replace(/[gy]/g, "")),
      specificity: entry.match.literal.length,
      plain:
        entry.match.captures.length === 0
          ? Object.freeze({ entry, captures: Object.freeze({}), alternatives: Object.freeze([]) })
          : null,
    }),
  );
  const matcher: Matcher = {
    entries,
    index: new LiteralIndex(catalog.entries.map((entry) => entry.match.literal)),
    sisSlugs: new Set(catalog.entries.map((entry) => entry.sis)),
  };
  return { version: catalog.version, entries: catalog.entries, matcher, source: catalog };
}
