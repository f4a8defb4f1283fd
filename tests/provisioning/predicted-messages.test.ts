import { matchMessage } from "@sis/core";
import { describe, expect, it } from "vitest";
import { PREDICTED_TEMPLATES, predictedMessage } from "../../packages/core/src/provisioning/checks/messages.js";
import { builtin } from "./support.js";

/** A plausible value for each placeholder the templates use. */
const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  userId: "0045521",
  existingId: "0045520",
  loginId: "jdoe",
  email: "not-an-address",
  idKind: "SIS ID",
  courseId: "BIO-101-FA25",
  sectionId: "BIO-101-FA25-01",
  termId: "2025-FA",
  accountId: "SCI",
  parentId: "DISTRICT",
  status: "enroled",
  role: "Techer",
  associatedUserId: "P-77",
  context: "section",
  contextId: "BIO-101-FA25-01",
  groupId: "G-12",
  groupCategoryId: "GC-3",
  observerId: "P-77",
  studentId: "0045521",
  type: "enrollments",
  enrollmentId: "123456",
  abstractCourseId: "ABS-1",
  courseFormat: "hybrid",
  setting: "weekly",
  count: "412",
  threshold: "10",
  shortName: "BIO 101",
  name: "Period 3",
  field: "Conclude at",
};

describe("each message the offline checks predict", () => {
  it.each(Object.keys(PREDICTED_TEMPLATES))("%s is Canvas's text for its own catalog entry", (id) => {
    const placeholders = [...(PREDICTED_TEMPLATES[id] as string).matchAll(/\{(\w+)\}/g)].map(
      (match) => match[1] as string,
    );
    const captures = Object.fromEntries(placeholders.map((name) => [name, SAMPLE_VALUES[name] ?? "X1"]));
    const message = predictedMessage(`canvas-sis-import-${id}`, captures) as string;
    const found = matchMessage(builtin, message, { sis: "canvas", domain: "provisioning" });
    expect(found?.entry?.id, message).toBe(`canvas-sis-import-${id}`);
    const entryCaptures = found?.entry ? found.captures : {};
    for (const [name, value] of Object.entries(entryCaptures)) {
      if (name in captures) expect(value, `${message}: ${name}`).toBe(captures[name]);
    }
  });

  it("end-before-start is told inside the course's or the section's validation message", () => {
    for (const captures of [
      { courseId: "C1", shortName: "BIO 101", field: "Conclude at" } as Record<string, string>,
      { sectionId: "S1", name: "Period 3", courseId: "C1", field: "End at" },
    ]) {
      const message = predictedMessage("canvas-sis-import-end-before-start", captures) as string;
      expect(matchMessage(builtin, message, { sis: "canvas", domain: "provisioning" })?.entry?.id).toBe(
        "canvas-sis-import-end-before-start",
      );
    }
  });
});
