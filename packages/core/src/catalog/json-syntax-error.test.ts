import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstInvalidOffset, jsonSyntaxError } from "./json-syntax-error.js";

function located(text: string) {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonSyntaxError(text, error);
  }
  throw new Error("the text is valid JSON");
}

describe("jsonSyntaxError", () => {
  it.each([
    ["a trailing comma", '{\n  "id": "x",\n}', 3, 1, "Expected double-quoted property name"],
    ["a missing comma", '{\n  "id": "x"\n  "sis": "aspen"\n}', 3, 3, "Expected ',' or '}' after property value"],
    ["a broken literal (no position in the message)", '{\n  "needed": tru\n}', 2, 16, "Unexpected token '\\n'"],
    ["a file cut short (no position either)", '{ "id": ', 1, 8, "Unexpected end of JSON input"],
    ["text after the document", '{}\n{"id": 1}', 2, 1, "Unexpected non-whitespace character after JSON"],
    ["a raw line break in a string", '{"a": "x\ny"}', 1, 9, "Bad control character in string literal"],
  ])("locates %s", (_, text, line, column, reason) => {
    expect(located(text)).toMatchObject({ line, column, reason });
  });

  it("finds an error exactly where JSON.parse does, and none in valid JSON", () => {
    const jsonText = fc.jsonValue().map((value) => JSON.stringify(value, null, 2));
    const broken = fc
      .tuple(jsonText, fc.nat(), fc.constantFrom("", ",", "}", "]", '"', ":", "x", "\n", "tru", "-", "1e"))
      .map(([text, at, insert]) => {
        const cut = at % (text.length + 1);
        return text.slice(0, cut) + insert + text.slice(cut);
      });
    fc.assert(
      fc.property(fc.oneof(jsonText, broken), (text) => {
        let position: number | null = null;
        try {
          JSON.parse(text);
        } catch (error) {
          const stated = /at position (\d+)/.exec((error as Error).message);
          position = stated ? Number(stated[1]) : -1;
        }
        const offset = firstInvalidOffset(text);
        if (position === null) expect(offset).toBeNull();
        else if (position >= 0) expect(offset).toBe(position);
        else expect(offset).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
