import { describe, expect, it } from "vitest";
import { testCatalog } from "../../../../tests/support/test-catalog.js";
import { createAnalysis } from "../analysis.js";
import type { LogRecord } from "../records/log-record.js";
import { exitCodeFor } from "./exit-code.js";

function reportOf(records: Omit<LogRecord, "line">[]) {
  const analysis = createAnalysis({ catalog: testCatalog });
  for (const [i, record] of records.entries())
    analysis.add({ line: i + 1, courseId: "1", assignmentId: "9", studentId: "s", ...record });
  return analysis.report();
}

const warning = { status: "error", message: "Name is too long, must be under 31 characters" } as const;
const error = { status: "error", message: "User does not teach section 4" } as const;

describe("exitCodeFor", () => {
  it("is 2 for any failure to run, whatever the threshold", () => {
    expect(exitCodeFor({ failure: new Error("bad input") }, "never")).toBe(2);
  });

  it("is 1 when an unresolved finding reaches the threshold, 0 otherwise", () => {
    const errors = reportOf([error]);
    const warnings = reportOf([warning]);
    expect(exitCodeFor(errors, "error")).toBe(1);
    expect(exitCodeFor(warnings, "error")).toBe(0);
    expect(exitCodeFor(warnings, "warning")).toBe(1);
    expect(exitCodeFor(errors, "never")).toBe(0);
    expect(exitCodeFor(reportOf([{ status: "success" }]), "warning")).toBe(0);
  });

  it("lets a resolved finding pass and counts unexplained errors as errors", () => {
    const resolved = reportOf([
      { ...error, timestamp: "2025-01-01T00:00:00Z" },
      { status: "success", timestamp: "2025-01-02T00:00:00Z" },
    ]);
    expect(exitCodeFor(resolved, "warning")).toBe(0);
    expect(exitCodeFor(reportOf([{ status: "error", message: "Mystery failure" }]), "error")).toBe(1);
  });

  it("fails a run whose errors no success could clear, because the log names no assignment for them", () => {
    const undecided = reportOf([
      { ...error, assignmentId: undefined, timestamp: "2025-01-01T00:00:00Z" },
      { status: "success", assignmentId: undefined, timestamp: "2025-01-02T00:00:00Z" },
    ]);
    expect(undecided.groups[0]?.findings[0]).toMatchObject({ resolved: false, undecided: "no-assignment" });
    expect(exitCodeFor(undecided, "error")).toBe(1);
  });
});
