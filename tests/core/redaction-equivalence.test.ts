import {
  type AnalyzedRecord,
  analyze,
  type CompiledCatalog,
  compileCatalog,
  type Finding,
  type Report,
} from "@sis/core";
import { loadCatalogFromDirs } from "@sis/core/node";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * --redact changes who is named, never what is reported: the same groups, counts, distinct students and resolution
 * as without it, up to the pseudonym of each student. The generated logs are what made redaction merge students
 * before: different ids with one name, records naming a student by id only, by name only, or both.
 */
let catalog: CompiledCatalog;
beforeAll(async () => {
  catalog = compileCatalog((await loadCatalogFromDirs([])).catalog);
});

/** Five students, two names shared by two ids each (the bundled export has 14 names shared like this). */
const STUDENTS = [
  ["5001", "Ava Ito"],
  ["5002", "Ava Ito"],
  ["5003", "Ben Cohen"],
  ["5004", "Ben Cohen"],
  ["5005", "Cy Park"],
] as const;
const MESSAGES = [
  "given GradebookColumnType does not have a default GradeScale",
  "User does not teach section 94692",
  "Student.id [98659] does not have an AssignmentStudentAssociation for AssignmentSection 277753",
  "Upstream gateway hiccup 4411 while posting",
  "Login jane.doe@school.org rejected",
];

const rowArb = fc.record({
  minute: fc.integer({ min: 0, max: 50_000 }),
  course: fc.constantFrom("101", "102"),
  assignment: fc.constantFrom("7", "8"),
  student: fc.nat(STUDENTS.length - 1),
  /** Which of the student's id and name the row carries. */
  naming: fc.constantFrom("both", "both", "id", "name", "none"),
  status: fc.constantFrom("error", "error", "success", "warning"),
  message: fc.constantFrom(...MESSAGES),
});

const logArb = fc.array(rowArb, { minLength: 1, maxLength: 60 }).map((rows) => {
  const lines = rows.map((row) => {
    const [id, name] = STUDENTS[row.student] as readonly [string, string];
    const time = new Date(Date.UTC(2025, 8, 1) + row.minute * 60_000).toISOString();
    const studentId = row.naming === "both" || row.naming === "id" ? id : "";
    const studentName = row.naming === "both" || row.naming === "name" ? name : "";
    const message = row.status === "success" ? "" : row.message;
    return `${time},aspen,${row.course},Course ${row.course},${row.assignment},Quiz ${row.assignment},${studentId},${studentName},${row.status},${message}`;
  });
  const header =
    "timestamp,sis,course_id,course_name,assignment_id,assignment_name,student_id,student_name,status,message";
  return `${header}\n${lines.join("\n")}\n`;
});

async function run(log: string, redact: boolean): Promise<{ report: Report; records: AnalyzedRecord[] }> {
  const records: AnalyzedRecord[] = [];
  // Every user listed: which few a capped list shows depends on how ids sort, and pseudonyms sort otherwise.
  const options = { catalog, source: "log.csv", redact, allUsers: true };
  const report = await analyze(log, { ...options, onRecord: (r) => void records.push(r) });
  return { report, records };
}

const keyOf = (student: { studentId?: string | null; studentName?: string | null }) =>
  student.studentId || student.studentName || "";

/** Plain student key → pseudonym key, read off the records as both runs produced them; checked to be one-to-one. */
function pseudonymMap(plain: readonly AnalyzedRecord[], redacted: readonly AnalyzedRecord[]): Map<string, string> {
  expect(redacted).toHaveLength(plain.length);
  const forward = new Map<string, string>();
  const backward = new Map<string, string>();
  plain.forEach(({ record }, at) => {
    const from = keyOf(record);
    const to = keyOf((redacted[at] as AnalyzedRecord).record);
    expect(forward.get(from) ?? to, `student ${from}`).toBe(to);
    expect(backward.get(to) ?? from, `pseudonym ${to}`).toBe(from);
    forward.set(from, to);
    backward.set(to, from);
  });
  return forward;
}

/** A report with each student replaced by `rename(their key)`, and what redaction may change (texts) left out. */
function shape(report: Report, rename: (key: string) => string) {
  const finding = (f: Finding) => ({
    entry: f.entry?.id ?? null,
    template: f.template,
    severity: f.severity,
    count: f.count,
    students: f.students,
    firstSeen: f.firstSeen,
    lastSeen: f.lastSeen,
    resolved: f.resolved,
    undecided: f.undecided,
    users: f.users.map((user) => `${rename(user.id ?? user.name ?? "")} ${user.resolved} ${user.lastError}`).sort(),
  });
  return {
    summary: report.summary,
    groups: report.groups.map((group) => ({
      course: group.course,
      assignment: group.assignment,
      findings: group.findings.map(finding),
    })),
    unknown: report.unknown.map(({ template, count }) => ({ template, count })),
  };
}

describe("--redact", () => {
  it("gives the report of the same log up to the pseudonym mapping: groups, counts, students, resolution", async () => {
    await fc.assert(
      fc.asyncProperty(logArb, async (log) => {
        const plain = await run(log, false);
        const redacted = await run(log, true);
        const pseudonyms = pseudonymMap(plain.records, redacted.records);
        expect(shape(redacted.report, (key) => key)).toEqual(
          shape(plain.report, (key) => pseudonyms.get(key) ?? `unmapped ${key}`),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("keeps two students who share a name apart", async () => {
    const log = [
      "course_id,assignment_id,student_id,student_name,status,message",
      "101,7,5001,Ava Ito,error,given GradebookColumnType does not have a default GradeScale",
      "101,7,5002,Ava Ito,error,given GradebookColumnType does not have a default GradeScale",
    ].join("\n");
    for (const redact of [false, true]) {
      const [finding] = (await run(log, redact)).report.groups[0]?.findings ?? [];
      expect(finding?.students, `redact: ${redact}`).toBe(2);
    }
  });
});
