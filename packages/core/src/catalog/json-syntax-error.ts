/** Where a text stops being JSON: its offset, and the 1-based line and column of that offset. */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  /** JSON.parse's reason, without the position or the quoted text some engines append. */
  reason: string;
}

class StopsAt {
  constructor(readonly offset: number) {}
}

const LITERALS: Record<string, string> = { t: "true", f: "false", n: "null" };
const ESCAPES = '"\\/bfnrtu';

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= "0" && char <= "9";
}

/** A control character as JSON would escape it, so a reason that quotes one stays on one line. */
function visible(text: string): string {
  return [...text].map((char) => (char < " " ? JSON.stringify(char).slice(1, -1) : char)).join("");
}

/**
 * Locate the error JSON.parse reported for `text`. Engines say "at position N" only for some errors (Node 20's
 * "Unexpected token" and "Unexpected end" carry none), so the text is scanned by the JSON grammar instead: the
 * first character that cannot continue a JSON document is where a maintainer must look.
 */
export function jsonSyntaxError(text: string, error: unknown): JsonSyntaxError {
  // A text cut short is shown where its content ends, not on the empty line after it.
  const offset = Math.min(firstInvalidOffset(text) ?? text.length, text.trimEnd().length);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - (before.lastIndexOf("\n") + 1) + 1;
  const message = error instanceof Error ? error.message : String(error);
  const reason = visible(
    message.replace(/ (?:in JSON )?at position \d+.*$/s, "").replace(/, ".*" is not valid JSON$/s, ""),
  );
  return { offset, line, column, reason };
}

/** The offset of the first character that breaks the JSON grammar, or null when the text is JSON. */
export function firstInvalidOffset(text: string): number | null {
  let at = 0;
  const stop = (): never => {
    throw new StopsAt(at);
  };
  const space = () => {
    while (at < text.length && " \t\n\r".includes(text[at] as string)) at++;
  };
  const expect = (char: string) => {
    space();
    if (text[at] !== char) stop();
    at++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const char = text[at];
      if (char === undefined || char < " ") stop();
      at++;
      if (char === '"') return;
      if (char !== "\\") continue;
      if (!ESCAPES.includes(text[at] ?? "x")) stop();
      if (text[at] === "u" && !/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5))) stop();
      at += text[at] === "u" ? 5 : 1;
    }
  };
  const digits = () => {
    if (!isDigit(text[at])) stop();
    while (isDigit(text[at])) at++;
  };
  // Part by part, so a number that breaks off is located where it does: "-[" at the "[", "1e" at its end.
  const number = () => {
    if (text[at] === "-") at++;
    if (text[at] === "0") at++;
    else digits();
    if (text[at] === ".") {
      at++;
      digits();
    }
    if (text[at] === "e" || text[at] === "E") {
      at++;
      if (text[at] === "+" || text[at] === "-") at++;
      digits();
    }
  };
  // An item follows the opening bracket or a comma, so "[1,]" stops at the "]".
  const items = (close: string, item: () => void) => {
    space();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      item();
      space();
      if (text[at] === close) {
        at++;
        return;
      }
      expect(",");
    }
  };
  const value = (): void => {
    space();
    const char = text[at] ?? "";
    const literal = LITERALS[char];
    if (char === "{") {
      at++;
      items("}", () => {
        string();
        expect(":");
        value();
      });
    } else if (char === "[") {
      at++;
      items("]", value);
    } else if (char === '"') {
      string();
    } else if (literal) {
      for (const expected of literal) {
        if (text[at] !== expected) stop();
        at++;
      }
    } else {
      number();
    }
  };
  try {
    value();
    space();
    return at < text.length ? at : null;
  } catch (error) {
    if (error instanceof StopsAt) return error.offset;
    throw error;
  }
}
