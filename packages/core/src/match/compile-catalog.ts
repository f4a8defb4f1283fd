import { patternOf } from "../catalog/compile-pattern.js";
import { type Catalog, type CatalogEntry, type Domain, GENERIC_SIS } from "../catalog/entry-schema.js";
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

/** The entries that may explain a message of one domain, and the prefilter over their literals. */
export interface DomainMatcher {
  /** The literal index answers with positions in this list. */
  compiled: readonly CompiledEntry[];
  index: LiteralIndex;
}

/** A catalog ready for matching: each entry's regex, and its literal in the prefilter's index, per domain. */
export interface CompiledCatalog {
  version: string;
  entries: readonly CatalogEntry[];
  /**
   * Grade passback messages are tried against passback entries, SIS Import messages against provisioning ones;
   * generic entries (an HTTP 500, a timeout) against both. Half the catalog is provisioning: a passback log need
   * not run those regexes.
   */
  domains: Readonly<Record<Domain, DomainMatcher>>;
  /** SIS slugs that have at least one entry. */
  sisSlugs: ReadonlySet<string>;
}

/** Index the literals. The catalog is assumed valid (loadCatalog checked it, and compiled each regex then). */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const all = catalog.entries.map(
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
  const domainMatcher = (domain: Domain): DomainMatcher => {
    const compiled = all.filter(({ entry }) => entry.domain === domain || entry.sis === GENERIC_SIS);
    return { compiled, index: new LiteralIndex(compiled.map(({ entry }) => entry.match.literal)) };
  };
  return {
    version: catalog.version,
    entries: catalog.entries,
    domains: { passback: domainMatcher("passback"), provisioning: domainMatcher("provisioning") },
    sisSlugs: new Set(catalog.entries.map((entry) => entry.sis)),
  };
}

function validPattern(entry: CatalogEntry): RegExp {
  const pattern = patternOf(entry);
  if (typeof pattern === "string")
    throw new Error(`catalog entry ${entry.id}: the pattern does not compile: ${pattern}`);
  return pattern;
}
