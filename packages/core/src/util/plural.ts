/**
 * A count and its noun as people read them: "1 entry", "2 entries", "12,345 rows". Every sentence the tool writes
 * with a count goes through here, so none says "1 entries". `words` is for nouns that do not just add an s.
 */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? word : words}`;
}
