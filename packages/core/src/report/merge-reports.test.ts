import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testCatalog } from "../../../../tests/support/test-catalog.js";
import { createAnalysis } from "../analysis.js";
import type { LogRecord } from "../records/log-record.js";
import { mergeReports } from "./merge-reports.js";
import type { Report } from "./report-schema.js";

const MESSAGES = [
  "given GradebookColumnType does not have a default GradeScale",
  "User does not teach section 12",
  "User does not teach section 99",
  "Name is too long, must be under 31 characters",
  "Gradebook column 7 is locked for term Fall",
  "Gradebook column 8 is locked for term Spring",
  "Teacher lacks access to the gradebook",
];

const recordArb = fc.record({
  courseId: fc.constantFrom("101", "102", "103"),
  assignmentId: fc.constantFrom("a", "b"),
  studentId: fc.option(fc.constantFrom("s1", "s2", "s3", "s4"), { nil: undefined }),
  status: fc.constantFrom("error", "error", "warning", "success", "info"),
  message: fc.constantFrom(...MESSAGES),
});

/** Distinct timestamps so "later" never ties; lines in input order as a reader would number them. */
const logArb = fc.array(recordArb, { maxLength: 60 }).chain((records) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: 10_000_000 }), { minLength: records.length, maxLength: records.length })
    .map((minutes) =>
      records.map(
        (record, i): LogRecord => ({
          ...record,
          status: record.status as LogRecord["status"],
          line: i + 2,
          source: "export.csv",
          timestamp: new Date(Date.UTC(2025, 8, 1) + (minutes[i] ?? 0) * 60_000).toISOString(),
        }),
      ),
    ),
);

function reportOf(records: readonly LogRecord[]): Report {
  const analysis = createAnalysis({ catalog: testCatalog, mergeable: true });
  for (const record of records) analysis.add(record);
  return analysis.report();
}

const merge = (a: Report, b: Report) => mergeReports(a, b, testCatalog.entries);

describe("mergeReports", () => {
  it("gives the same report as analysing all shards together, and is associative", () => {
    fc.assert(
      fc.property(logArb, fc.nat(), fc.nat(), (records, cutA, cutB) => {
        const [i, j] = [cutA % (records.length + 1), cutB % (records.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ];
        const [a, b, c] = [records.slice(0, i), records.slice(i, j), records.slice(j)].map(reportOf) as [
          Report,
          Report,
          Report,
        ];
        const together = reportOf(records);
        const left = merge(merge(a, b), c);
        const right = merge(a, merge(b, c));
        expect(left).toEqual(together);
        expect(right).toEqual(together);
      }),
      { numRuns: 300 },
    );
  });

  it("resolves an error in one shard by a later success in another", () => {
    const base = { courseId: "101", assignmentId: "a", studentId: "s1", source: "x" } as const;
    const failed = reportOf([
      { ...base, line: 2, status: "error", message: MESSAGES[1], timestamp: "2025-01-01T00:00:00.000Z" },
    ]);
    const fixed = reportOf([{ ...base, line: 3, status: "success", timestamp: "2025-01-02T00:00:00.000Z" }]);
    expect(failed.groups[0]?.findings[0]?.resolved).toBe(false);
    expect(merge(failed, fixed).groups[0]?.findings[0]?.resolved).toBe(true);
  });
});
