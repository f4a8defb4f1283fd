import { namedCaptures } from "../catalog/compile-pattern.js";
import type { CatalogEntry } from "../catalog/entry-schema.js";
import { LIMITS } from "../limits.js";
import { textToMatch } from "../message/text-to-match.js";
import type { CompiledCatalog, CompiledEntry } from "./compile-catalog.js";
import { normalizeSis } from "./sis-slug.js";

/** Entries that apply whatever the SIS: Canvas's own validations. */
const GENERIC_SIS = "canvas";

export interface MatchHint {
  /** SIS named by the record or the user, in any spelling. */
  sis?: string;
  httpStatus?: number;
}

/** Shared between messages (a memo hands the same result out again): read it, never change it. */
export interface MatchResult {
  readonly entry: CatalogEntry;
  readonly captures: Readonly<Record<string, string>>;
  /** Ids of other entries (other SISes) whose pattern matches the same message. */
  readonly alternatives: readonly string[];
}

interface Candidate {
  compiled: CompiledEntry;
  captures: Readonly<Record<string, string>>;
  rank: number;
}

/**
 * Find the catalog entry that explains a message. The literal prefilter picks candidates; only their regexes run.
 * A SIS hint narrows the choice to that SIS's entries (and Canvas's own); without one, an entry whose message is
 * unique to one SIS still matches and names it, and shared texts name the other SISes as alternatives.
 */
export function matchMessage(catalog: CompiledCatalog, message: string, hint: MatchHint = {}): MatchResult | null {
  const text = textToMatch(
    // No regex sees more than this, so a 20 MB line cannot stall a run even if a pattern slipped past the ReDoS checks.
    message.length > LIMITS.messageLength ? message.slice(0, LIMITS.messageLength) : message,
  );
  const ids = catalog.index.search(text.toLowerCase());
  if (ids.length === 0) return null;

  const sis = normalizeSis(hint.sis);
  const narrowTo = sis !== undefined && catalog.sisSlugs.has(sis) ? sis : undefined;
  const candidates: Candidate[] = [];
  for (const id of ids) {
    const compiled = catalog.compiled[id] as CompiledEntry;
    const rank = rankFor(compiled.entry, narrowTo, hint.httpStatus);
    if (rank < 0) continue;
    const found = compiled.regex.exec(text);
    if (found) candidates.push({ compiled, captures: compiled.plain ? NO_CAPTURES : namedCaptures(found), rank });
  }
  if (candidates.length === 0) return null;

  candidates.sort(
    (a, b) =>
      b.rank - a.rank ||
      b.compiled.specificity - a.compiled.specificity ||
      a.compiled.entry.id.localeCompare(b.compiled.entry.id),
  );
  const best = candidates[0] as Candidate;
  const alternatives = candidates
    .filter((c) => c !== best && c.compiled.entry.sis !== best.compiled.entry.sis)
    .map((c) => c.compiled.entry.id);
  if (alternatives.length === 0 && best.compiled.plain) return best.compiled.plain;
  return { entry: best.compiled.entry, captures: best.captures, alternatives };
}

const NO_CAPTURES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Higher is better; negative rules the entry out. An HTTP status that agrees with the entry's only breaks ties:
 * exports often carry the status of Canvas's wrapper request rather than the SIS's own, so a different status
 * must not hide a message the text alone explains.
 */
function rankFor(entry: CatalogEntry, narrowTo: string | undefined, httpStatus: number | undefined): number {
  const statusBonus = entry.match.httpStatus !== undefined && entry.match.httpStatus === httpStatus ? 1 : 0;
  if (narrowTo === undefined) return statusBonus;
  if (entry.sis === narrowTo) return 4 + statusBonus;
  if (entry.sis === GENERIC_SIS) return 2 + statusBonus;
  return -1;
}
