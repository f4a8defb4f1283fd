import { describe, expect, it } from "vitest";
import { makeEntry } from "../../../../tests/support/make-entry.js";
import { compileCatalog } from "./compile-catalog.js";
import { matchMessage } from "./match-message.js";

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

describe("escaped messages", () => {
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
      expect(found?.entry?.id, message).toBe("aeries-multiple-matches");
      expect(found?.entry ? found.captures : null, message).toEqual({ assignment: "Lab 3" });
    }
  });
});
