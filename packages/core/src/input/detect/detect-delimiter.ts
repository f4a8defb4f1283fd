/** Delimiters real exports use, in order of preference when two fit equally well. */
export const CANDIDATE_DELIMITERS = [",", "\t", ";", "|"] as const;
export type Delimiter = (typeof CANDIDATE_DELIMITERS)[number];

/** Records looked at: enough to see a pattern, few enough to be instant. */
const SAMPLE_RECORDS = 30;

export interface DelimiterGuess {
  delimiter: Delimiter;
  /** Fields in the first record (the header). */
  headerFields: number;
  /** Complete records after the first one. */
  records: number;
  /** Share of those records with as many fields as the first (1 when there are none). */
  consistency: number;
}

/**
 * Picks the delimiter whose field counts agree best over the first records, counting outside quotes so quoted
 * commas and line breaks do not count. Returns undefined when no delimiter splits the first record.
 */
export function detectDelimiter(sample: string, complete: boolean): DelimiterGuess | undefined {
  let best: DelimiterGuess | undefined;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const counts = fieldCounts(sample, delimiter.charCodeAt(0), complete);
    const [header, ...rest] = counts;
    if (header === undefined || header < 2) continue;
    const agreeing = rest.filter((count) => count === header).length;
    const guess: DelimiterGuess = {
      delimiter,
      headerFields: header,
      records: rest.length,
      consistency: rest.length === 0 ? 1 : agreeing / rest.length,
    };
    if (best === undefined || isBetter(guess, best)) best = guess;
  }
  return best;
}

function isBetter(guess: DelimiterGuess, best: DelimiterGuess): boolean {
  if (guess.consistency !== best.consistency) return guess.consistency > best.consistency;
  return guess.headerFields > best.headerFields;
}

/** Field counts of the first records, quote-aware; a trailing partial record is left out unless `complete`. */
function fieldCounts(sample: string, delimiter: number, complete: boolean): number[] {
  const counts: number[] = [];
  let fields = 1;
  let quoting = false;
  let lineHasContent = false;
  for (let index = 0; index < sample.length && counts.length < SAMPLE_RECORDS; index++) {
    const code = sample.charCodeAt(index);
    if (code === 34 /* " */) {
      quoting = !quoting;
      lineHasContent = true;
    } else if (quoting) {
    } else if (code === delimiter) {
      fields++;
      lineHasContent = true;
    } else if (code === 10 || code === 13) {
      if (lineHasContent) counts.push(fields);
      fields = 1;
      lineHasContent = false;
    } else lineHasContent = true;
  }
  if (complete && lineHasContent && counts.length < SAMPLE_RECORDS) counts.push(fields);
  return counts;
}
