import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testCatalog } from "../../../../tests/support/test-catalog.js";
import { createDoorkeeper } from "../util/doorkeeper.js";
import { matchMessage } from "./match-message.js";
import { createMemoMatcher } from "./memo-matcher.js";

const MESSAGES = [
  "given GradebookColumnType does not have a default GradeScale",
  "User does not own section 12",
  "User does not own section 31",
  "Something nobody catalogued",
  "Grading category Labs not found in OneRoster",
];

describe("createMemoMatcher", () => {
  it("answers exactly as matchMessage, whatever repeats and however small the memo", () => {
    const call = fc.tuple(
      fc.constantFrom(...MESSAGES),
      fc.constantFrom(undefined, "aspen", "powerschool"),
      fc.constantFrom(undefined, 400, 500),
    );
    fc.assert(
      fc.property(fc.array(call, { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (calls, limit) => {
        const match = createMemoMatcher(testCatalog, limit);
        for (const [message, sis, httpStatus] of calls) {
          expect(match(message, sis, httpStatus)).toEqual(matchMessage(testCatalog, message, { sis, httpStatus }));
        }
      }),
    );
  });
});

describe("createDoorkeeper", () => {
  it("says a key was seen only from its second sight on", () => {
    const seenBefore = createDoorkeeper();
    expect(seenBefore("User does not own section 12")).toBe(false);
    expect(seenBefore("User does not own section 31")).toBe(false);
    expect(seenBefore("User does not own section 12")).toBe(true);
    expect(seenBefore("User does not own section 31")).toBe(true);
  });
});
