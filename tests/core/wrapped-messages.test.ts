import { analyze } from "@sis/core";
import { describe, expect, it } from "vitest";
import { testCatalog } from "../support/test-catalog.js";

/** One error no catalog entry explains, as one log writes it bare and others wrap it. */
const BARE = "Gradebook gateway rejected batch 4411: tenant quota exceeded";
const WRAPPED = [
  BARE,
  `PostGrades: ${BARE}`,
  `[student 3010001] ${BARE}`,
  `grade-sync -> aspen -> ${BARE}`,
  `Error: ${BARE}`,
  `409 Conflict: ${BARE}`,
  `HTTP/1.1 500 Internal Server Error - ${BARE}`,
];

describe("an unexplained error with and without the wrappers a log writes around it", () => {
  it("is one template, shown as the message itself, whose examples keep the text as logged", async () => {
    const rows = WRAPPED.map((message, at) => `2025-10-0${at + 1}T10:00:00Z,101,7,error,"${message}"`);
    const report = await analyze(`timestamp,course_id,assignment_id,status,message\n${rows.join("\n")}\n`, {
      catalog: testCatalog,
    });
    expect(report.unknown.map(({ template, count }) => ({ template, count }))).toEqual([
      { template: "Gradebook gateway rejected batch <num>: tenant quota exceeded", count: WRAPPED.length },
    ]);
    expect(report.groups.flatMap((group) => group.findings)).toHaveLength(1);
    expect(report.unknown[0]?.examples.map((example) => example.message)).toEqual(WRAPPED.slice(0, 3));
  });
});
