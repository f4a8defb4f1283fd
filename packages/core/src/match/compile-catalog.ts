import { patternOf } from "../catalog/compile-pattern.js";
import type { Catalog, CatalogEntry } from "../catalog/entry-schema.js";
import { LiteralIndex } from "../util/literal-index.js";
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

/** A catalog ready for matching: each entry's regex, and its literal in the prefilter's index. */
export interface CompiledCatalog {
  version: string;
  entries: readonly CatalogEntry[];
  /** Per entry, in the order of `entries`: the literal index answers with these positions. */
  compiled: readonly CompiledEntry[];
  index: LiteralIndex;
  /** SIS slugs that have at least one entry: a hint naming another SIS narrows nothing. */
  sisSlugs: ReadonlySet<string>;
}

/** Index the literals. The catalog is assumed valid (loadCatalog checked it, and compiled each regex then). */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const compiled = catalog.entries.map(
    (entry): CompiledEntry => ({
      entry,
      regex: validPattern(entry),
      specificity: entry.match.literal.length,
      plain:
        entry.match.captures.length === 0
          ? Object.freeze({ entry, captures: Object.freeze({}), alternatives: Object.freeze([]) })
          : null,
    }),
  );
  return {
    version: catalog.version,
    entries: catalog.entries,
    compiled,
    index: new LiteralIndex(catalog.entries.map((entry) => entry.match.literal)),
    sisSlugs: new Set(catalog.entries.map((entry) => entry.sis)),
  };
}

function validPattern(entry: CatalogEntry): RegExp {
  const pattern = patternOf(entry);
  if (typeof pattern === "string")
    throw new Error(`catalog entry ${entry.id}: the pattern does not compile: ${pattern}`);
  return pattern;
}
