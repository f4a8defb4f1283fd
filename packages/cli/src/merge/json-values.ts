/** One JSON text within a larger one, with where it starts, for messages. */
export interface JsonText {
  text: string;
  /** Offset of its first character in the whole text. */
  start: number;
}

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;

/**
 * The JSON values written one after another in `text` (`cat shard-*.json`, NDJSON, or one pretty-printed report):
 * each ends where its outermost brace or bracket closes, found by counting them outside strings (strings are
 * skipped with indexOf: reports are tens of MB). A value that is neither an object nor an array runs to the end
 * of its line, for JSON.parse to name.
 */
export function splitJsonValues(text: string): JsonText[] {
  const values: JsonText[] = [];
  let at = skipSpace(text, 0);
  while (at < text.length) {
    const end = valueEnd(text, at);
    values.push({ text: text.slice(at, end), start: at });
    at = skipSpace(text, end);
  }
  return values;
}

/** The 1-based line of an offset, for a message about the value that starts there. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf("\n"); at >= 0 && at < offset; at = text.indexOf("\n", at + 1)) line++;
  return line;
}

function skipSpace(text: string, from: number): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at] as string)) at++;
  return at;
}

function valueEnd(text: string, start: number): number {
  const opener = text.charCodeAt(start);
  if (opener !== OPEN_BRACE && opener !== OPEN_BRACKET) {
    const lineEnd = text.indexOf("\n", start);
    return lineEnd < 0 ? text.length : lineEnd;
  }
  let depth = 0;
  for (let at = start; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) at = stringEnd(text, at);
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && --depth === 0) return at + 1;
  }
  return text.length;
}

/** The offset of the quote that closes the string opened at `open` (a quote after an odd run of backslashes is escaped). */
function stringEnd(text: string, open: number): number {
  for (let quote = text.indexOf('"', open + 1); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return text.length;
}
