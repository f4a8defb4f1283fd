/** One JSON text within a larger one, with the line it starts on (1-based), for messages. */
export interface JsonText {
  text: string;
  line: number;
}

/**
 * The JSON values written one after another in `text` (`cat shard-*.json`, NDJSON, or one pretty-printed report):
 * each ends where its outermost brace or bracket closes, found by counting them outside strings. What is between
 * values must be whitespace; anything else is returned as a value of its own, for JSON.parse to name.
 */
export function splitJsonValues(text: string): JsonText[] {
  const values: JsonText[] = [];
  let line = 1;
  let at = 0;
  while (at < text.length) {
    const char = text[at] as string;
    if (char === "\n") line++;
    if (/\s/.test(char)) {
      at++;
      continue;
    }
    const end = valueEnd(text, at);
    const value = text.slice(at, end);
    values.push({ text: value, line });
    for (const c of value) if (c === "\n") line++;
    at = end;
  }
  return values;
}

/** Where the object or array starting at `start` ends; a value that is neither runs to the next line break. */
function valueEnd(text: string, start: number): number {
  const opener = text[start];
  if (opener !== "{" && opener !== "[") {
    const lineEnd = text.indexOf("\n", start);
    return lineEnd < 0 ? text.length : lineEnd;
  }
  let depth = 0;
  let inString = false;
  for (let at = start; at < text.length; at++) {
    const char = text[at];
    if (inString) {
      if (char === "\\") at++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") depth++;
    else if ((char === "}" || char === "]") && --depth === 0) return at + 1;
  }
  return text.length;
}
