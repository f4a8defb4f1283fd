import { namedCaptures } from "../catalog/compile-pattern.js";
import { type CatalogEntry, type Domain, GENERIC_SIS } from "../catalog/entry-schema.js";
import { LIMITS } from "../limits.js";
import { textToMatch } from "../message/text-to-match.js";
import type { CompiledCatalog, CompiledEntry } from "./compile-catalog.js";
import { normalizeSis } from "./sis-slug.js";

/** Canvas is the other side of every sync: its own messages apply whatever the SIS. */
const CANVAS_SIS = "canvas";

export interface MatchHint {
  /** The SIS the record, the run or the input names, in any spelling. */
  sis?: string;
  httpStatus?: number;
  /** The half of the integration the message comes from: among equally ranked entries, that domain's come first. */
  domain?: Domain;
}

/** Shared between messages (a memo hands the same result out again): read it, never change it. */
export interface MatchResult {
  readonly entry: CatalogEntry;
  readonly captures: Readonly<Record<string, string>>;
  /** Ids of other entries (other SISes) whose pattern matches the same message, sorted. */
  readonly alternatives: readonly string[];
}

/**
 * A message that entries of some SIS match, none of which may be claimed: their wording does not identify their SIS
 * and nothing named one. The finding lists them as candidates instead of sending a support agent to one vendor.
 */
export interface Unclaimed {
  readonly entry: null;
  readonly candidates: readonly string[];
}

interface Matched {
  compiled: CompiledEntry;
  captures: Readonly<Record<string, string>>;
  /** Higher wins; null: matches, but may not be claimed here. */
  rank: number | null;
}

/**
 * Find the catalog entry that explains a message. The literal prefilter picks the entries to try; only their regexes
 * run. Which of the matching entries may claim it depends on what is known of the SIS (see `rankFor`); when only
 * entries that may not claim it match, the result lists them as candidates.
 */
export function matchMessage(
  catalog: CompiledCatalog,
  message: string,
  hint: MatchHint = {},
): MatchResult | Unclaimed | null {
  const text = textToMatch(
    // No regex sees more than this, so a 20 MB line cannot stall a run even if a pattern slipped past the ReDoS checks.
    message.length > LIMITS.messageLength ? message.slice(0, LIMITS.messageLength) : message,
  );
  const ids = catalog.index.search(text.toLowerCase());
  if (ids.length === 0) return null;

  const sis = normalizeSis(hint.sis);
  const matched: Matched[] = [];
  for (const id of ids) {
    const compiled = catalog.compiled[id] as CompiledEntry;
    const rank = rankFor(compiled.entry, sis, hint.httpStatus);
    if (rank === undefined) continue;
    const found = compiled.regex.exec(text);
    if (found) matched.push({ compiled, captures: compiled.plain ? NO_CAPTURES : namedCaptures(found), rank });
  }
  if (matched.length === 0) return null;

  const claimable = matched.filter((item) => item.rank !== null);
  if (claimable.length === 0) return { entry: null, candidates: idsOf(matched) };
  const inDomain = (item: Matched) => (hint.domain !== undefined && item.compiled.entry.domain === hint.domain ? 1 : 0);
  claimable.sort(
    (a, b) =>
      (b.rank as number) - (a.rank as number) ||
      inDomain(b) - inDomain(a) ||
      b.compiled.specificity - a.compiled.specificity ||
      a.compiled.entry.id.localeCompare(b.compiled.entry.id),
  );
  const best = claimable[0] as Matched;
  const others = matched.filter(
    (item) => item.compiled.entry.sis !== best.compiled.entry.sis && item.compiled.entry.sis !== GENERIC_SIS,
  );
  if (others.length === 0 && best.compiled.plain) return best.compiled.plain;
  return { entry: best.compiled.entry, captures: best.captures, alternatives: idsOf(others) };
}

const NO_CAPTURES: Readonly<Record<string, string>> = Object.freeze({});

function idsOf(items: readonly Matched[]): string[] {
  return items.map((item) => item.compiled.entry.id).sort();
}

/**
 * Which entries may explain a message, and in what order. With the SIS known (from the record, the run or the
 * input): that SIS's entries first, then Canvas's own, then entries of other SISes whose wording names their SIS
 * by itself, then generic ones; other SISes' entries that do not identify their SIS are ruled out (undefined).
 * With no SIS known, those are not claimed but kept as candidates (null): a shared wording must not send a support
 * agent to the wrong vendor. An HTTP status that agrees with the entry's only breaks ties: exports often carry the
 * status of Canvas's wrapper request rather than the SIS's own.
 */
function rankFor(
  entry: CatalogEntry,
  sis: string | undefined,
  httpStatus: number | undefined,
): number | null | undefined {
  const statusBonus = entry.match.httpStatus !== undefined && entry.match.httpStatus === httpStatus ? 1 : 0;
  if (sis !== undefined && entry.sis === sis) return 8 + statusBonus;
  if (entry.sis === CANVAS_SIS) return (entry.identifiesSis ? 6 : 4) + statusBonus;
  if (entry.sis === GENERIC_SIS) return statusBonus;
  if (entry.identifiesSis) return 2 + statusBonus;
  return sis === undefined ? null : undefined;
}
