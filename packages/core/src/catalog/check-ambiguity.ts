import type { CatalogProblem } from "../errors.js";
import { LiteralIndex } from "../util/literal-index.js";
import { type CatalogEntry, GENERIC_SIS } from "./entry-schema.js";
import { problem } from "./problem.js";
import { sampleText } from "./sample-text.js";

export interface MatchableEntry {
  source: string;
  file: string;
  entry: CatalogEntry;
  regex: RegExp;
}

/**
 * A match sample must be explained by its own entry alone among the entries the matcher weighs together: those of
 * the same SIS and Canvas's own (`canvas`) entries. Other SISes may share a text; the SIS hint picks between them.
 * A generic entry yields to any SIS's entry where the log names that SIS, so only the entries that are claimed
 * without it (Canvas's own, and wordings that identify their SIS) can take a generic entry's sample away.
 * Rivals are found as the matcher finds candidates, by their literal: a pattern whose literal is not in a line is
 * never tried on it, so it cannot make the line ambiguous. Testing every pattern on every sample instead cost
 * n² regex runs, most of a second at every start with a catalog of a thousand entries.
 */
export function checkAmbiguity(entries: readonly MatchableEntry[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const literals = new LiteralIndex(entries.map((item) => item.entry.match.literal));
  for (const owner of entries) {
    owner.entry.samples.match.forEach((sample, sampleIndex) => {
      const text = sampleText(sample.line);
      for (const id of literals.search(text.toLowerCase())) {
        const rival = entries[id] as MatchableEntry;
        if (rival === owner || !rival.regex.test(text)) continue;
        const at = `samples.match[${sampleIndex}].line`;
        if (weighedTogether(owner.entry, rival.entry)) {
          const message = `${owner.entry.id}: this sample is also matched by ${rival.entry.id} (${rival.file} in ${rival.source})`;
          problems.push({ source: owner.source, ...problem(owner.file, at, "sample-ambiguous", message) });
        } else if (claimsSharedWording(owner.entry, rival.entry)) {
          const message =
            `${owner.entry.id} says its wording identifies ${owner.entry.sis}, but ${rival.entry.id} of ` +
            `${rival.entry.sis} matches this sample too: set identifiesSis to false on both`;
          problems.push({ source: owner.source, ...problem(owner.file, "identifiesSis", "shared-wording", message) });
        }
      }
    });
  }
  return problems;
}

/** A wording two SISes' entries both match identifies neither of them. */
function claimsSharedWording(owner: CatalogEntry, rival: CatalogEntry): boolean {
  const bySis = (entry: CatalogEntry) => entry.sis !== "canvas" && entry.sis !== GENERIC_SIS;
  return owner.identifiesSis && bySis(owner) && bySis(rival) && rival.sis !== owner.sis;
}

function weighedTogether(owner: CatalogEntry, rival: CatalogEntry): boolean {
  if (rival.sis === GENERIC_SIS) return owner.sis === GENERIC_SIS;
  if (owner.sis === GENERIC_SIS) return rival.sis === "canvas" || rival.identifiesSis;
  return rival.sis === owner.sis || rival.sis === "canvas";
}
