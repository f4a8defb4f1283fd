/** Shorter originals (a one- or two-character id or nickname) would replace parts of ordinary words and numbers. */
export const MIN_SCRUBBED_LENGTH = 3;

interface Known {
  /** The original lower-cased, as texts are compared. */
  lower: string;
  /** Its length as written, the span it takes in a text. */
  length: number;
  pseudonym: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every student id and name seen so far in a run, with its pseudonym, replaced wherever it appears as whole words
 * (any case, longest first). It grows as records arrive, so each record can be scrubbed of everyone seen before it
 * (a name on line 2 in line 3's message) and the finished report of everyone: originals are filed under their
 * first word, so adding one is a map insertion and a text costs one pass over its words, however many are known.
 */
export class KnownScrubber {
  private readonly byFirstWord = new Map<string, Known[]>();
  /** Originals that do not start with a letter or digit (rare): looked for one by one. */
  private readonly unworded: Known[] = [];

  add(original: string, pseudonym: string): void {
    if (original.length < MIN_SCRUBBED_LENGTH) return;
    const known: Known = { lower: original.toLowerCase(), length: original.length, pseudonym };
    const first = WORD_CHAR.test(original[0] as string) ? firstWord(known.lower) : undefined;
    const list = first === undefined ? this.unworded : this.listFor(first);
    const at = list.findIndex((other) => other.lower === known.lower);
    if (at >= 0) list[at] = known;
    else {
      list.push(known);
      list.sort((a, b) => b.length - a.length);
    }
  }

  scrub(text: string): string {
    const worded = this.byFirstWord.size === 0 ? text : this.scrubWords(text);
    return this.unworded.length === 0 ? worded : this.scrubUnworded(worded);
  }

  private listFor(word: string): Known[] {
    let list = this.byFirstWord.get(word);
    if (list === undefined) {
      list = [];
      this.byFirstWord.set(word, list);
    }
    return list;
  }

  private scrubWords(text: string): string {
    let out = "";
    let copied = 0;
    const words = new RegExp(WORD.source, WORD.flags);
    for (let match = words.exec(text); match !== null; match = words.exec(text)) {
      const start = match.index;
      const found = this.byFirstWord.get(match[0].toLowerCase())?.find((known) => occursAt(text, start, known));
      if (found === undefined) continue;
      out += text.slice(copied, start) + found.pseudonym;
      copied = start + found.length;
      words.lastIndex = copied;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }

  private scrubUnworded(text: string): string {
    let out = text;
    for (const known of this.unworded) {
      const lower = out.toLowerCase();
      if (lower.length !== out.length || !lower.includes(known.lower)) continue;
      let from = 0;
      let rebuilt = "";
      for (let at = lower.indexOf(known.lower); at >= 0; at = lower.indexOf(known.lower, at + 1)) {
        if (at < from || !occursAt(out, at, known)) continue;
        rebuilt += out.slice(from, at) + known.pseudonym;
        from = at + known.length;
      }
      out = rebuilt + out.slice(from);
    }
    return out;
  }
}

function firstWord(lower: string): string | undefined {
  return new RegExp(WORD.source, "u").exec(lower)?.[0];
}

/** The original, in any case, starts at `start` and ends where a word ends. */
function occursAt(text: string, start: number, known: Known): boolean {
  const end = start + known.length;
  if (end > text.length || text.slice(start, end).toLowerCase() !== known.lower) return false;
  return (
    (start === 0 || !WORD_CHAR.test(text[start - 1] as string)) &&
    (end === text.length || !WORD_CHAR.test(text[end] as string))
  );
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
