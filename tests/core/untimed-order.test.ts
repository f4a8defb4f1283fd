import { analyze } from "@sis/core";
import { describe, expect, it } from "vitest";
import { testCatalog } from "../support/test-catalog.js";

const HEADER = "course_id,assignment_id,user_id,status,message";

describe("a log without timestamps", () => {
  it("says that a success clears an error only by coming later in the file, which assumes oldest first", async () => {
    // Newest first: the error on line 2 is the latest event, yet the success below it counts as clearing it.
    const log = `${HEADER}\n101,7,5,error,Gradebook gateway rejected batch 12\n101,7,5,success,\n101,8,6,error,x\n`;
    const report = await analyze(log, { catalog: testCatalog, source: "export.csv" });
    expect(report.groups[0]?.findings[0]?.resolved).toBe(true);
    const said = report.diagnostics.filter((diagnostic) => diagnostic.code === "untimed-order-assumed");
    expect(said).toEqual([
      {
        line: 2,
        code: "untimed-order-assumed",
        source: "export.csv",
        message: expect.stringMatching(
          /^2 errors \(the first on line 2\) and 1 success have no timestamp, .*newest first, errors shown as resolved may still fail/,
        ),
      },
    ]);
  });

  it("says nothing when the records carry their time, or when nothing could be cleared", async () => {
    const timed = `timestamp,${HEADER}\n2025-10-01T10:00:00Z,101,7,5,error,x\n2025-10-01T09:00:00Z,101,7,5,success,\n`;
    const onlyErrors = `${HEADER}\n101,7,5,error,x\n101,7,6,error,y\n`;
    for (const log of [timed, onlyErrors]) {
      const report = await analyze(log, { catalog: testCatalog });
      expect(report.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain("untimed-order-assumed");
    }
  });
});
