import type { CatalogProblem } from "../errors.js";
import type { CatalogEntry } from "./entry-schema.js";
import { problem } from "./problem.js";

export interface MatchableEntry {
  source: string;
  file: string;
  entry: CatalogEntry;
  regex: RegExp;
}

/**
 * A match sample must be explained by its own entry alone among the entries the matcher weighs together: those of
 * the same SIS and Canvas's own (`canvas`) entries. Other SISes may share a text; the SIS hint picks between them.
 */
export function checkAmbiguity(entries: readonly MatchableEntry[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const owner of entries) {
    const rivals = entries.filter(
      (other) => other !== owner && (other.entry.sis === owner.entry.sis || other.entry.sis === "canvas"),
    );
    owner.entry.samples.match.forEach((sample, index) => {
      for (const rival of rivals) {
        if (rival.regex.test(sample.line)) {
          problems.push({
            source: owner.source,
            ...problem(
              owner.file,
              `samples.match[${index}].line`,
              "sample-ambiguous",
              `${owner.entry.id}: this sample is also matched by ${rival.entry.id} (${rival.file} in ${rival.source})`,
            ),
          });
        }
      }
    });
  }
  return problems;
}
