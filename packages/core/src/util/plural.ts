/**
 * A count as people read it, thousands grouped: "12,345" (and "1,234.5"), as `toLocaleString("en-US")` writes it.
 * Written out because the first `toLocaleString` of a process loads ICU's number formats: 20 ms of every run that
 * prints a count (50 ms on a busy machine), for a grouping a regular expression does.
 */
export function formatCount(count: number): string {
  if (!Number.isFinite(count)) return count.toLocaleString("en-US");
  // toLocaleString keeps at most three decimals, rounded (a whole number is left alone: past 2^53 / 1000 the
  // rounding itself would change it).
  const rounded = Number.isInteger(count) ? count : Math.round(count * 1000) / 1000;
  const [whole = "", fraction] = String(Math.abs(rounded)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return `${rounded < 0 || Object.is(rounded, -0) ? "-" : ""}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/**
 * A count and its noun as people read them: "1 entry", "2 entries", "12,345 rows". Every sentence the tool writes
 * with a count goes through here, so none says "1 entries". `words` is for nouns that do not just add an s.
 */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${formatCount(count)} ${count === 1 ? word : words}`;
}
