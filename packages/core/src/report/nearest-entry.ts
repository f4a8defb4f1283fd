import type { CatalogEntry } from "../catalog/entry-schema.js";
import { maskMessage } from "../message/mask-message.js";

/**
 * For an unexplained template, the catalog entry whose sample messages share the most words with it (Jaccard
 * similarity over lower-cased word sets, placeholders left out). It points a maintainer at the entry whose pattern
 * may be too narrow, or at the neighbour to copy when adding a new one.
 */
export interface Nearest {
  id: string;
  similarity: number;
}

export function wordsOf(text: string): Set<string> {
  const words = maskMessage(text)
    .toLowerCase()
    .replace(/<[a-z*]+>/g, " ")
    .split(/[^a-z]+/)
    .filter((word) => word.length > 1);
  return new Set(words);
}

export function entryWords(entry: CatalogEntry): Set<string> {
  const words = new Set<string>();
  for (const sample of entry.samples.match) for (const word of wordsOf(sample.line)) words.add(word);
  return words;
}

export function nearestEntry(
  template: string,
  entries: readonly { id: string; words: ReadonlySet<string> }[],
): Nearest | null {
  const words = wordsOf(template);
  let best: Nearest | null = null;
  for (const entry of entries) {
    let shared = 0;
    for (const word of words) if (entry.words.has(word)) shared++;
    const union = words.size + entry.words.size - shared;
    const similarity = union === 0 ? 0 : shared / union;
    if (similarity > 0 && (best === null || similarity > best.similarity)) {
      best = { id: entry.id, similarity: Math.round(similarity * 1000) / 1000 };
    }
  }
  return best;
}
