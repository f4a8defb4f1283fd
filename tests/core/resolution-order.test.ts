import { createAnalysis, type LogRecord, type Report } from "@sis/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testCatalog } from "../support/test-catalog.js";

/**
 * Whether a success resolves an error is decided by their times, not by where the records sit in a log: exports
 * come in any order (newest first, per course, merged from shards). Records here have distinct timestamps, some lack
 * a course, an assignment or a student, and successes come at both levels.
 */
const recordArb = fc.record({
  course: fc.constantFrom("101", "102", undefined),
  assignment: fc.constantFrom("7", "8", undefined),
  student: fc.constantFrom("5001", "5002", "5003", undefined),
  status: fc.constantFrom("error", "error", "success", "success", "warning", "info"),
  message: fc.constantFrom(
    "given GradebookColumnType does not have a default GradeScale",
    "User does not teach section 12",
    "Upstream gateway hiccup 4411 while posting",
  ),
});

const logArb = fc.uniqueArray(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 60 }).chain((minutes) =>
  fc.tuple(
    fc.array(recordArb, { minLength: minutes.length, maxLength: minutes.length }).map((records) =>
      records.map(
        (record, at): LogRecord => ({
          line: at + 2,
          status: record.status as LogRecord["status"],
          timestamp: new Date(Date.UTC(2025, 8, 1) + (minutes[at] as number) * 60_000).toISOString(),
          ...(record.course !== undefined && { courseId: record.course }),
          ...(record.assignment !== undefined && { assignmentId: record.assignment }),
          ...(record.student !== undefined && { studentId: record.student }),
          ...(record.status !== "success" && record.status !== "info" && { message: record.message }),
        }),
      ),
    ),
    fc.array(fc.nat(), { minLength: minutes.length, maxLength: minutes.length }),
  ),
);

function reportOf(records: readonly LogRecord[]): Report {
  const analysis = createAnalysis({ catalog: testCatalog, sis: "aspen" });
  for (const record of records) analysis.add(record);
  return analysis.report();
}

/** Per finding (by group and entry or template): whether it is resolved or undecided, and per student. */
function resolution(report: Report) {
  const findings: Record<string, unknown> = {};
  for (const group of report.groups) {
    for (const finding of group.findings) {
      const key = `${group.course.id}/${group.assignment.id}/${finding.entry?.id ?? finding.template}`;
      const users = finding.users.map((user) => `${user.id} ${user.resolved}`).sort();
      findings[key] = { resolved: finding.resolved, undecided: finding.undecided, count: finding.count, users };
    }
  }
  return { findings, unresolved: report.summary.unresolvedFindings, groups: report.summary.unresolvedGroups };
}

describe("resolution", () => {
  it("does not change when timestamped records are shuffled", () => {
    fc.assert(
      fc.property(logArb, ([records, keys]) => {
        const shuffled = records
          .map((record, at) => ({ record, key: keys[at] as number, at }))
          .sort((a, b) => a.key - b.key || a.at - b.at)
          .map(({ record }) => record);
        expect(resolution(reportOf(shuffled))).toEqual(resolution(reportOf(records)));
      }),
      { numRuns: 300 },
    );
  });
});
