import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LiteralIndex } from "./literal-index.js";

describe("LiteralIndex", () => {
  it("finds every literal contained in the text, including overlapping ones", () => {
    const index = new LiteralIndex(["he", "she", "his", "hers"]);
    expect(index.search("ushers")).toEqual([0, 1, 3]);
  });

  it("compares case-insensitively because literals are lower-cased on insert", () => {
    const index = new LiteralIndex(["GradebookColumnType"]);
    expect(index.search("given gradebookcolumntype does not have")).toEqual([0]);
  });

  it("finds nothing in unrelated text and handles the empty string", () => {
    const index = new LiteralIndex(["abc", "bcd"]);
    expect(index.search("xyz ab bc cd")).toEqual([]);
    expect(index.search("")).toEqual([]);
  });

  it("agrees with a plain substring search on many literals", () => {
    const literals = Array.from({ length: 300 }, (_, i) => `token${i}x`);
    const index = new LiteralIndex(literals);
    const text = "prefix token17x middle token230x token2 suffix";
    const expected = literals.flatMap((literal, i) => (text.includes(literal) ? [i] : []));
    expect(index.search(text)).toEqual(expected);
  });

  it("reports where each literal occurs, for replacement", () => {
    const index = new LiteralIndex(["jane doe", "doe"]);
    expect(index.occurrences("ask jane doe and doe")).toEqual([
      { start: 4, end: 12, id: 0 },
      { start: 9, end: 12, id: 1 },
      { start: 17, end: 20, id: 1 },
    ]);
  });

  it("finds exactly the literals a plain substring search finds, for any literals and text", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "é"), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.string({ unit: fc.constantFrom("a", "b", "c", "é", " "), maxLength: 60 }),
        (literals, text) => {
          const index = new LiteralIndex(literals);
          const expected = [...new Set(literals.flatMap((literal, id) => (text.includes(literal) ? [id] : [])))];
          const found = index.search(text);
          // Equal literals share a state; every id whose literal occurs is reported.
          expect(found).toEqual(expected.sort((a, b) => a - b));
          for (const { start, end, id } of index.occurrences(text)) expect(text.slice(start, end)).toBe(literals[id]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
