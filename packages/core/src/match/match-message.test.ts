import { describe, expect, it } from "vitest";
import { makeEntry } from "../../../../tests/support/make-entry.js";
import { LIMITS } from "../limits.js";
import { compileCatalog } from "./compile-catalog.js";
import { type MatchResult, matchMessage, type Unclaimed } from "./match-message.js";

/** The same wording in three SISes: it identifies none of them. */
const shared = (sis: string) =>
  makeEntry({
    id: `${sis}-grading-category-not-found`,
    sis,
    identifiesSis: false,
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
    makeEntry({
      id: "generic-internal-server-error",
      sis: "generic",
      identifiesSis: false,
      match: { pattern: "Internal Server Error", literal: "internal server error" },
    }),
    makeEntry({
      id: "aeries-internal-server-error",
      sis: "aeries",
      identifiesSis: false,
      match: { pattern: "Internal Server Error", literal: "internal server error" },
    }),
    makeEntry({
      id: "canvas-sis-import-nonexistent-course",
      sis: "canvas",
      domain: "provisioning",
      match: { pattern: "referenced a non-existent course", literal: "non-existent course" },
    }),
    shared("aeries"),
    shared("aspen"),
    shared("focus"),
  ],
});

/** The claimed match, for tests that expect one. */
function claimed(result: MatchResult | Unclaimed | null): MatchResult | null {
  return result?.entry ? result : null;
}

describe("matchMessage", () => {
  it("matches the seed Aspen message without any hint and names its SIS", () => {
    const result = claimed(matchMessage(catalog, "given GradebookColumnType does not have a default GradeScale"));
    expect(result?.entry.id).toBe("aspen-column-type");
    expect(result?.entry.sis).toBe("aspen");
  });

  it("matches inside a wrapper and extracts named captures", () => {
    const result = claimed(
      matchMessage(catalog, "Error posting grade: 403 Forbidden - User does not teach section 34272"),
    );
    expect(result?.entry.id).toBe("powerschool-user-does-not-teach");
    expect(result?.captures).toEqual({ section: "34272" });
  });

  it("returns null when no literal is present, and when the literal is present but the regex does not match", () => {
    expect(matchMessage(catalog, "something else entirely")).toBeNull();
    expect(matchMessage(catalog, "GradebookColumnType is fine")).toBeNull();
  });

  it("claims a shared wording only for the SIS the record or run names, and lists candidates without one", () => {
    const message = "Grading category Homework not found in OneRoster for class 12";
    expect(claimed(matchMessage(catalog, message, { sis: "Focus" }))?.entry.id).toBe(
      "focus-grading-category-not-found",
    );
    const aspen = claimed(matchMessage(catalog, message, { sis: "Follett Aspen" }));
    expect(aspen?.entry.id).toBe("aspen-grading-category-not-found");
    expect(aspen?.captures).toEqual({ category: "Homework" });
    // The other SISes' entries of the same wording are ruled out, not tried: nothing to list.
    expect(aspen?.alternatives).toEqual([]);
    expect(matchMessage(catalog, message)).toEqual({
      entry: null,
      candidates: [
        "aeries-grading-category-not-found",
        "aspen-grading-category-not-found",
        "focus-grading-category-not-found",
      ],
    });
  });

  it("falls to a generic entry when no SIS is named, and names the SIS entries it could have been", () => {
    const unhinted = claimed(matchMessage(catalog, "HTTP 500: Internal Server Error"));
    expect(unhinted?.entry.id).toBe("generic-internal-server-error");
    expect(unhinted?.alternatives).toEqual(["aeries-internal-server-error"]);
    expect(claimed(matchMessage(catalog, "Internal Server Error", { sis: "aeries" }))?.entry.id).toBe(
      "aeries-internal-server-error",
    );
  });

  it("keeps Canvas's own messages under any SIS, and a wording that names its SIS under another SIS's name", () => {
    expect(claimed(matchMessage(catalog, "Due Date is required!", { sis: "aeries" }))?.entry.id).toBe(
      "canvas-due-date-required",
    );
    // The wording names PowerSchool by itself (identifiesSis): a run told "aspen" still learns what it is.
    expect(claimed(matchMessage(catalog, "User does not teach section 5", { sis: "aspen" }))?.entry.id).toBe(
      "powerschool-user-does-not-teach",
    );
  });

  it("never claims another SIS's shared wording for a record that names its own SIS, known to the catalog or not", () => {
    const message = "Grading category Homework not found in OneRoster for class 12";
    expect(matchMessage(catalog, message, { sis: "Brand New SIS" })).toBeNull();
    expect(matchMessage(catalog, "Internal Server Error", { sis: "powerschool" })?.entry?.id).toBe(
      "generic-internal-server-error",
    );
  });

  it("still matches when the record's HTTP status differs from the entry's (a wrapper's status)", () => {
    expect(matchMessage(catalog, "User does not teach section 5", { httpStatus: 409 })?.entry?.id).toBe(
      "powerschool-user-does-not-teach",
    );
  });

  it("only looks at the first LIMITS.messageLength characters of a huge message", () => {
    const tail = `${"x".repeat(LIMITS.messageLength)}User does not teach section 5`;
    expect(matchMessage(catalog, tail)).toBeNull();
    expect(matchMessage(catalog, `User does not teach section 5${"x".repeat(10_000_000)}`)).not.toBeNull();
  });

  it("tries an SIS Import message against provisioning entries only, and a Grade Sync message against passback ones", () => {
    const message = "An enrollment referenced a non-existent course ENG9";
    expect(matchMessage(catalog, message)).toBeNull();
    expect(claimed(matchMessage(catalog, message, { domain: "provisioning" }))?.entry.id).toBe(
      "canvas-sis-import-nonexistent-course",
    );
    // Generic entries (an HTTP 500) apply to both halves.
    expect(claimed(matchMessage(catalog, "Internal Server Error", { domain: "provisioning" }))?.entry.id).toBe(
      "generic-internal-server-error",
    );
  });
});
