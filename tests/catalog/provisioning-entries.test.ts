import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../packages/core/src/catalog/load-catalog.js";
import { compileCatalog } from "../../packages/core/src/match/compile-catalog.js";
import { matchMessage } from "../../packages/core/src/match/match-message.js";
import { builtinCatalogDir, readCatalogDir } from "../../packages/core/src/node/catalog-dir.js";

const read = await readCatalogDir(builtinCatalogDir());
const { catalog } = loadCatalog([read.source]);
const compiled = compileCatalog(catalog);
const provisioning = catalog.entries.filter((entry) => entry.domain === "provisioning");

/**
 * Canvas's SIS Import code (canvas-lms as of May 2022) has 168 message templates, and 5 older wordings are still
 * met in the wild: 173 in all, one entry each. None of them is folded into an entry with another id (the nine
 * earlier canvas-sis-import* entries already used the same ids), so the count is not reduced.
 */
const SIS_IMPORT_TEMPLATES = 173;
const LEGACY_WORDINGS = 5;

describe("the provisioning (SIS Import) entries", () => {
  it("cover every SIS Import message template, older wordings included", () => {
    expect(provisioning.length).toBeGreaterThanOrEqual(SIS_IMPORT_TEMPLATES);
    const legacy = provisioning.filter((entry) => entry.id.startsWith("canvas-sis-import-legacy-"));
    expect(legacy).toHaveLength(LEGACY_WORDINGS);
    for (const entry of legacy) expect(entry.provenance.notes ?? "", entry.id).toMatch(/^Legacy wording/);
  });

  it("are Canvas's own verified texts, each linked to its canvas-lms file, with samples both ways", () => {
    for (const entry of provisioning) {
      expect(entry.sis, entry.id).toBe("canvas");
      expect(entry.identifiesSis, entry.id).toBe(true);
      expect(entry.provenance.message, entry.id).toBe("verified");
      expect(entry.provenance.source, entry.id).toMatch(
        /^https:\/\/github\.com\/instructure\/canvas-lms\/blob\/\S+\.rb$/,
      );
      expect(entry.samples.match.length, entry.id).toBeGreaterThanOrEqual(1);
      expect(entry.samples.noMatch.length, entry.id).toBeGreaterThanOrEqual(1);
      expect(entry.provenance.notes ?? "", entry.id).toMatch(/\b(Current|Legacy) wording\b/);
    }
  });

  it("give the current wordings the canvas-lms line the text was checked at", () => {
    for (const entry of provisioning.filter((item) => !item.id.startsWith("canvas-sis-import-legacy-"))) {
      expect(
        entry.provenance.evidence.some((url) => /\.rb#L\d+$/.test(url)),
        entry.id,
      ).toBe(true);
    }
  });

  it.each([
    ["An enrollment referenced a non-existent course ENG9", "canvas-sis-import-nonexistent-course"],
    ["An enrollment referenced a non-existent section ENG9-04", "canvas-sis-import-nonexistent-section"],
    ["A cross-listing referenced a non-existent section ENG9-04", "canvas-sis-import-xlist-missing-section"],
    ["No user_id given for a user observer", "canvas-sis-import-no-student-id-observer"],
    ["No user_id given for a user", "canvas-sis-import-no-user-id"],
    ['Improper status "x" for group category GC1, skipping', "canvas-sis-import-improper-status-group-category"],
    ['Improper status "x" for group G1.', "canvas-sis-import-improper-status-group"],
    ['Improper status "" for an enrollment', "canvas-sis-import-improper-status"],
    // A wrapper that carries a more precise inner text is explained by the inner text's entry.
    [
      "A course did not pass validation (course: C1 / BIO 101, error: Conclude at End date cannot be before start date)",
      "canvas-sis-import-end-before-start",
    ],
    [
      "Could not save the user with user_id: 'S1'. Unknown reason: sis_user_id SIS ID \"S1\" is already in use",
      "canvas-sis-import-sis-id-in-use",
    ],
    [
      "Could not save the user with user_id: 'S1'. Unknown reason: unique_id is too long (maximum is 100 characters)",
      "canvas-sis-import-user-save-failed",
    ],
    [
      "A term did not pass validation (term: T1 / Spring, error: Workflow state Cannot delete a term with active courses)",
      "canvas-sis-import-term-has-courses",
    ],
    [
      "user 0045521 has already claimed 45521's requested login information, skipping",
      "canvas-sis-import-legacy-login-claimed",
    ],
  ])("explain %j with its own entry", (message, id) => {
    expect(matchMessage(compiled, message, { domain: "provisioning" })?.entry?.id).toBe(id);
  });

  it("keep the ids of the wrapper's subject where an inner text is matched", () => {
    const found = matchMessage(
      compiled,
      "sections.csv - A section did not pass validation (section: S-3 / Period 3, course: C1, error: End at End date cannot be before start date)",
      { domain: "provisioning" },
    );
    expect(found?.entry ? found.captures : null).toEqual({ sectionId: "S-3", field: "End at" });
  });
});
