import { visibleWidth } from "./text-width.js";

/** Where a word too long for its line is best broken: after a hyphen, slash or underscore, as in ids and paths. */
const BREAK_AFTER = /[-/_.]/;

/**
 * Plain text folded into lines of at most `width` columns, broken between words; a word longer than a line is
 * broken inside, after a hyphen or slash where one fits. Line breaks of the text are kept.
 */
export function wrapText(text: string, width: number): string[] {
  const room = Math.max(1, width);
  return text.split(/\r\n|\r|\n/).flatMap((paragraph) => wrapParagraph(paragraph, room));
}

function wrapParagraph(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(/\s+/).filter((part) => part !== "")) {
    const joined = line === "" ? word : `${line} ${word}`;
    if (visibleWidth(joined) <= width) {
      line = joined;
      continue;
    }
    if (line !== "") lines.push(line);
    const pieces = splitWord(word, width);
    line = pieces.pop() ?? "";
    lines.push(...pieces);
  }
  lines.push(line);
  return lines;
}

/** A word cut into pieces of at most `width` columns; every piece but the last is full or ends at a break mark. */
function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let rest = [...word];
  while (visibleWidth(rest.join("")) > width) {
    let fits = 0;
    while (fits < rest.length && visibleWidth(rest.slice(0, fits + 1).join("")) <= width) fits++;
    let cut = Math.max(1, fits);
    for (let at = fits - 1; at > 0; at--) {
      if (BREAK_AFTER.test(rest[at] ?? "")) {
        cut = at + 1;
        break;
      }
    }
    pieces.push(rest.slice(0, cut).join(""));
    rest = rest.slice(cut);
  }
  pieces.push(rest.join(""));
  return pieces;
}

/**
 * Text wrapped to `width` columns with `first` before its first line and `rest` before the others, such as
 * "      1. " and nine spaces for a numbered step under a heading.
 */
export function wrapIndented(text: string, width: number, first: string, rest = " ".repeat(first.length)): string[] {
  const room = width - Math.max(visibleWidth(first), visibleWidth(rest));
  return wrapText(text, room).map((line, i) => `${i === 0 ? first : rest}${line}`.trimEnd());
}

/**
 * Parts joined by `separator` into lines of at most `width` columns, broken between parts where they fit. A line
 * that ends before another part keeps the separator (trimmed) at its end, so every part but the last leaves room
 * for it.
 */
export function wrapParts(parts: readonly string[], separator: string, width: number): string[] {
  const tail = separator.trimEnd();
  const lines: string[] = [];
  let line = "";
  parts.forEach((part, index) => {
    const room = index === parts.length - 1 ? width : width - visibleWidth(tail);
    const joined = line === "" ? part : `${line}${separator}${part}`;
    if (visibleWidth(joined) <= room) {
      line = joined;
      return;
    }
    if (line !== "") lines.push(`${line}${tail}`);
    const wrapped = wrapText(part, room);
    line = wrapped.pop() ?? "";
    lines.push(...wrapped);
  });
  return [...lines, line];
}
