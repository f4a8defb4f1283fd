import type { CatalogProblem } from "../errors.js";
import { LiteralIndex } from "../util/literal-index.js";
import type { MatchableEntry } from "./check-ambiguity.js";
import { GENERIC_SIS } from "./entry-schema.js";
import { problem } from "./problem.js";
import { sampleText } from "./sample-text.js";

/** One text of the neighbour-systems corpus and where it is written. */
export interface CorpusLine {
  file: string;
  line: number;
  text: string;
}

/** The texts of corpus files: one per line, blank lines and `#` comments left out. */
export function corpusLines(files: readonly { path: string; text: string }[]): CorpusLine[] {
  return files.flatMap((file) =>
    file.text.split(/\r\n|\r|\n/).flatMap((text, index) => {
      const trimmed = text.trim();
      return trimmed === "" || trimmed.startsWith("#") ? [] : [{ file: file.path, line: index + 1, text: trimmed }];
    }),
  );
}

/**
 * An entry that says its wording identifies its SIS is claimed without any SIS context, so it must not match what
 * other systems say too (a bare HTTP 500, an expired OAuth token, OneRoster's "line item not found"): that would
 * send a support agent to the wrong vendor. Entries whose wording does not identify their SIS are only claimed when
 * the log names the SIS, and generic entries are meant for these texts, so neither is checked.
 */
export function checkCorpus(entries: readonly MatchableEntry[], corpus: readonly CorpusLine[]): CatalogProblem[] {
  const claimants = entries.filter(({ entry }) => entry.identifiesSis && entry.sis !== GENERIC_SIS);
  if (claimants.length === 0 || corpus.length === 0) return [];
  const literals = new LiteralIndex(claimants.map((item) => item.entry.match.literal));
  const problems: CatalogProblem[] = [];
  for (const text of corpus) {
    for (const id of literals.search(text.text.toLowerCase())) {
      const claimant = claimants[id] as MatchableEntry;
      if (!claimant.regex.test(sampleText(text.text))) continue;
      problems.push({
        source: claimant.source,
        ...problem(
          claimant.file,
          "identifiesSis",
          "corpus-claimed",
          `${claimant.entry.id} matches "${text.text}" (${text.file}:${text.line}), which other systems send too: ` +
            "set identifiesSis to false, or narrow the pattern to wording only this SIS uses",
        ),
      });
    }
  }
  return problems;
}
