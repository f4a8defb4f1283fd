import { LiteralIndex } from "../util/literal-index.js";

/** Shorter originals (a one- or two-character id or nickname) would replace parts of ordinary words and numbers. */
export const MIN_SCRUBBED_LENGTH = 3;

/**
 * Replace every occurrence of any known original (student ids and names seen anywhere in the run) in a text, as
 * whole words, longest first. One Aho–Corasick pass per text, whatever the number of students: this is what lets
 * the finished report be scrubbed of a student named in another student's record or in a course name.
 */
export function createKnownScrubber(known: ReadonlyMap<string, string>): (text: string) => string {
  const originals = [...known.keys()].filter((original) => original.length >= MIN_SCRUBBED_LENGTH);
  if (originals.length === 0) return (text) => text;
  const index = new LiteralIndex(originals);
  return (text) => {
    const lower = text.toLowerCase();
    // Lower-casing can change the length of a few scripts' letters; then positions would not line up.
    if (lower.length !== text.length) return replaceLongestFirst(text, originals, known);
    const found = index
      .occurrences(lower)
      .filter(({ start, end }) => isBoundary(text, start - 1) && isBoundary(text, end))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    if (found.length === 0) return text;
    let out = "";
    let at = 0;
    for (const { start, end, id } of found) {
      if (start < at) continue; // inside a longer occurrence already replaced
      out += text.slice(at, start) + (known.get(originals[id] as string) as string);
      at = end;
    }
    return out + text.slice(at);
  };
}

function isBoundary(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return true;
  return !/[\p{L}\p{N}]/u.test(text[at] as string);
}

/** Plain substring replacement, longest original first so a full name goes before a part of it. */
export function replaceLongestFirst(
  text: string,
  originals: readonly string[],
  known: ReadonlyMap<string, string>,
): string {
  let out = text;
  for (const original of [...originals].sort((a, b) => b.length - a.length)) {
    if (out.includes(original)) out = out.split(original).join(known.get(original) as string);
  }
  return out;
}
