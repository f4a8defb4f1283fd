import { createAnalysis, type LogRecord, type Report } from "@sis/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../packages/core/src/limits.js";
import { testCatalog } from "../support/test-catalog.js";

/**
 * A report keeps the names of only the users it lists (the first few per finding); with `allUsers` it keeps every
 * name. Cut to the same few, both list the same users with the same names, times and resolution, whatever order the
 * records come in: ids that sort differently as text and as numbers ("10" before "9"), text ids, students known only
 * by name, errors without a student, students always or never named. (An export that names a student on some
 * records and not on others may differ: the capped report takes the name from the record that makes the student
 * listed, or a later one, and does not remember names of students it does not list.)
 */
const NAMED = new Set(["9", "100", "2", "30", "s-7"]);
const recordArb = fc.record({
  assignment: fc.constantFrom("7", "8"),
  student: fc.constantFrom("9", "10", "100", "11", "2", "25", "3", "30", "s-7", "s-10", undefined),
  nameOnly: fc.constantFrom("Zoe Patel", "Ana Cohen", undefined),
  status: fc.constantFrom("error", "error", "error", "success", "warning"),
  message: fc.constantFrom("given GradebookColumnType does not have a default GradeScale", "Gateway hiccup 4411"),
});

type ArbitraryRecord = typeof recordArb extends fc.Arbitrary<infer T> ? T : never;

function recordOf(record: ArbitraryRecord, at: number): LogRecord {
  const student =
    record.student !== undefined
      ? {
          studentId: record.student,
          ...(NAMED.has(record.student) && { studentName: `S ${record.student}` }),
        }
      : record.nameOnly !== undefined
        ? { studentName: record.nameOnly }
        : {};
  return {
    line: at + 2,
    status: record.status as LogRecord["status"],
    timestamp: new Date(Date.UTC(2025, 8, 1) + at * 60_000).toISOString(),
    courseId: "101",
    assignmentId: record.assignment,
    ...student,
    ...(record.status !== "success" && { message: record.message }),
  };
}

function reportOf(records: readonly LogRecord[], allUsers: boolean): Report {
  const analysis = createAnalysis({ catalog: testCatalog, sis: "aspen", allUsers });
  for (const record of records) analysis.add(record);
  return analysis.report();
}

describe("the users a finding lists", () => {
  it("are the first few of every user, with their names, though only theirs are kept", () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 30, maxLength: 150 }), (arbitrary) => {
        const records = arbitrary.map(recordOf);
        const capped = reportOf(records, false);
        const every = reportOf(records, true);
        const cut = every.groups.map((group) => ({
          ...group,
          findings: group.findings.map((finding) => ({
            ...finding,
            users: finding.users.slice(0, LIMITS.usersListed),
          })),
        }));
        expect(capped.groups).toEqual(cut);
        for (const group of capped.groups) {
          for (const finding of group.findings)
            expect(finding.users.length).toBe(Math.min(LIMITS.usersListed, finding.usersTotal));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("take a listed student's name from a later record when the error named none", () => {
    const error: LogRecord = { line: 2, status: "error", courseId: "101", assignmentId: "7", studentId: "25" };
    const records: LogRecord[] = [
      { ...error, message: "Gateway hiccup 4411" },
      { line: 3, status: "success", courseId: "102", assignmentId: "9", studentId: "25", studentName: "Ana Cohen" },
    ];
    const [user] = reportOf(records, false).groups[0]?.findings[0]?.users ?? [];
    expect(user).toMatchObject({ id: "25", name: "Ana Cohen" });
  });
});
