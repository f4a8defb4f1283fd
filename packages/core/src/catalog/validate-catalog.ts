import type { CatalogProblem } from "../errors.js";
import type { CatalogSource } from "./catalog-source.js";
import { checkAmbiguity } from "./check-ambiguity.js";
import { checkCorpus, corpusLines } from "./check-corpus.js";
import { mergeSources, type SourcedEntry } from "./merge-sources.js";
import { validateSource } from "./validate-source.js";

export interface CatalogValidation {
  problems: CatalogProblem[];
  /** Entries in effect after later sources override earlier ones by id. */
  entries: SourcedEntry[];
  /** One line per entry a later source replaced. */
  overrides: string[];
  /** True when sources after the first add or replace entries. */
  customized: boolean;
}

/**
 * Validate catalog sources as a whole: every file's own checks, then ambiguity across the merged entries and the
 * neighbour-systems corpus against them. Sources all marked `checked` are only parsed: a user's source is checked
 * whole, along with the built-in entries it could clash with.
 */
export function validateCatalog(sources: readonly CatalogSource[]): CatalogValidation {
  const crossChecks = !sources.every((source) => source.checked);
  const validated = sources.map((source) => validateSource(crossChecks ? { ...source, checked: false } : source));
  const merged = mergeSources(validated);
  // Entries of a checked source come without a regex, so no cross check runs when every source is checked.
  const matchable = merged.entries.flatMap((item) => (item.regex ? [{ ...item, regex: item.regex }] : []));
  const problems = [
    ...validated.flatMap((source) => source.problems.map((found) => ({ source: source.name, ...found }))),
    ...checkAmbiguity(matchable),
    ...checkCorpus(matchable, corpusLines(sources.flatMap((source) => source.corpus ?? []))),
  ];
  return { problems, entries: merged.entries, overrides: merged.overrides, customized: merged.customized };
}
