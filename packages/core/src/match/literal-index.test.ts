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
});
