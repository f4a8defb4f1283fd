import { describe, expect, it } from "vitest";
import { makeEntry } from "../../../../tests/support/make-entry.js";
import { LIMITS } from "../limits.js";
import { compileCatalog } from "./compile-catalog.js";
import { matchMessage } from "./match-message.js";

const shared = (sis: string) =>
  makeEntry({
    id: `${sis}-grading-category-not-found`,
    sis,
    match: {
      pattern: "Grading category (?<category>.+?) not found in OneRoster",
      literal: "not found in OneRoster",
      captures: ["category"],
    },
  });

const catalog = compileCatalog({
  version: "1.0.0",
  entries: [
    makeEntry({
      id: "aspen-column-type",
      match: {
        pattern: "given GradebookColumnType does not have a default GradeScale",
        literal: "GradebookColumnType",
      },
    }),
    makeEntry({
      id: "powerschool-user-does-not-teach",
      sis: "powerschool",
      match: {
        pattern: "User does not teach section (?<section>\\S+)",
        literal: "does not teach section",
        captures: ["section"],
        httpStatus: 403,
      },
    }),
    makeEntry({
      id: "canvas-due-date-required",
      sis: "canvas",
      match: { pattern: "Due Date is required", literal: "due date is required" },
    }),
    shared("aeries"),
    shared("aspen"),
    shared("focus"),
  ],
});

describe("matchMessage", () => {
  it("matches the seed Aspen message without any hint and names its SIS", () => {
    const result = matchMessage(catalog, "given GradebookColumnType does not have a default GradeScale");
    expect(result?.entry.id).toBe("aspen-column-type");
    expect(result?.entry.sis).toBe("aspen");
  });

  it("matches inside a wrapper and extracts named captures", () => {
    const result = matchMessage(catalog, "Error posting grade: 403 Forbidden - User does not teach section 34272");
    expect(result?.entry.id).toBe("powerschool-user-does-not-teach");
    expect(result?.captures).toEqual({ section: "34272" });
  });

  it("returns null when no literal is present, and when the literal is present but the regex does not match", () => {
    expect(matchMessage(catalog, "something else entirely")).toBeNull();
    expect(matchMessage(catalog, "GradebookColumnType is fine")).toBeNull();
  });

  it("narrows shared texts to the hinted SIS, in any spelling, and lists the others as alternatives without one", () => {
    const message = "Grading category Homework not found in OneRoster for class 12";
    expect(matchMessage(catalog, message, { sis: "Focus" })?.entry.id).toBe("focus-grading-category-not-found");
    expect(matchMessage(catalog, message, { sis: "Follett Aspen" })?.entry.id).toBe("aspen-grading-category-not-found");
    const unhinted = matchMessage(catalog, message);
    expect(unhinted?.entry.id).toBe("aeries-grading-category-not-found");
    expect(unhinted?.alternatives).toEqual(["aspen-grading-category-not-found", "focus-grading-category-not-found"]);
    expect(unhinted?.captures).toEqual({ category: "Homework" });
  });

  it("keeps Canvas's own validations under any SIS hint, but rules out another SIS's entry", () => {
    expect(matchMessage(catalog, "Due Date is required!", { sis: "aeries" })?.entry.id).toBe(
      "canvas-due-date-required",
    );
    expect(matchMessage(catalog, "User does not teach section 5", { sis: "aspen" })).toBeNull();
  });

  it("ignores a hint naming a SIS the catalog does not know", () => {
    expect(matchMessage(catalog, "User does not teach section 5", { sis: "Brand New SIS" })?.entry.id).toBe(
      "powerschool-user-does-not-teach",
    );
  });

  it("still matches when the record's HTTP status differs from the entry's (a wrapper's status)", () => {
    expect(matchMessage(catalog, "User does not teach section 5", { httpStatus: 409 })?.entry.id).toBe(
      "powerschool-user-does-not-teach",
    );
  });

  it("only looks at the first LIMITS.messageLength characters of a huge message", () => {
    const tail = `${"x".repeat(LIMITS.messageLength)}User does not teach section 5`;
    expect(matchMessage(catalog, tail)).toBeNull();
    expect(matchMessage(catalog, `User does not teach section 5${"x".repeat(10_000_000)}`)).not.toBeNull();
  });
});
