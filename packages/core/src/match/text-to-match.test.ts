import { describe, expect, it } from "vitest";
import { makeEntry } from "../../../../tests/support/make-entry.js";
import { compileCatalog } from "./compile-catalog.js";
import { matchMessage } from "./match-message.js";
import { textToMatch } from "./text-to-match.js";

const catalog = compileCatalog({
  version: "1.0.0",
  entries: [
    makeEntry({
      id: "aeries-multiple-matches",
      sis: "aeries",
      match: {
        pattern: 'Multiple matches found for "(?<assignment>[^"\\n]{1,200})" in OneRoster',
        literal: "multiple matches found",
        captures: ["assignment"],
      },
    }),
  ],
});

describe("textToMatch", () => {
  it("undoes HTML, JSON and CSV escaping, and leaves plain text as the same string", () => {
    expect(textToMatch("Teacher&#39;s &quot;Lab 3&quot; &amp; &#x41;&lt;b&gt;")).toBe(`Teacher's "Lab 3" & A<b>`);
    expect(textToMatch('category \\"Homework\\" \\u0022x\\u0022 a\\/b')).toBe('category "Homework" "x" a/b');
    expect(textToMatch('Assignment ""Lab 3"" not found')).toBe('Assignment "Lab 3" not found');
    const plain = "given GradebookColumnType does not have a default GradeScale";
    expect(textToMatch(plain)).toBe(plain);
    // One pass: an escaped ampersand is not decoded twice.
    expect(textToMatch("&amp;quot;")).toBe("&quot;");
  });

  it("lets one entry explain a message however the export escaped it, with the same captures", () => {
    for (const message of [
      'Multiple matches found for "Lab 3" in OneRoster',
      "Multiple matches found for &quot;Lab 3&quot; in OneRoster",
      "Multiple matches found for &#34;Lab 3&#34; in OneRoster",
      'Multiple matches found for \\"Lab 3\\" in OneRoster',
      "Multiple matches found for \\u0022Lab 3\\u0022 in OneRoster",
      'Multiple matches found for ""Lab 3"" in OneRoster',
    ]) {
      const found = matchMessage(catalog, message, { sis: "aeries" });
      expect(found?.entry.id, message).toBe("aeries-multiple-matches");
      expect(found?.captures, message).toEqual({ assignment: "Lab 3" });
    }
  });
});
