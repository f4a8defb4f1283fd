import { analyze, compileCatalog, type Report } from "@sis/core";
import { loadCatalogFromDirs } from "@sis/core/node";
import { beforeAll, describe, expect, it } from "vitest";

interface Row {
  timestamp: string;
  sis: string;
  courseId: string;
  courseName: string;
  assignment: string;
  studentId: string;
  status: "error" | "success";
  message: string;
}

const rows: Row[] = [
  [
    "2025-09-14T10:00:00Z",
    "aspen",
    "71033",
    "Computer Science - P5",
    "Homework 2",
    "5935044",
    "error",
    "given GradebookColumnType does not have a default GradeScale",
  ],
  [
    "2025-09-14T11:00:00Z",
    "aspen",
    "71033",
    "Computer Science - P5",
    "Homework 2",
    "2395922",
    "error",
    "given GradebookColumnType does not have a default GradeScale",
  ],
  ["2025-09-15T09:00:00Z", "aspen", "71033", "Computer Science - P5", "Homework 2", "5935044", "success", ""],
  [
    "2025-09-14T12:00:00Z",
    "powerschool",
    "94785",
    "Chemistry - P5",
    "Unit 6 Quiz",
    "2650441",
    "error",
    "User does not teach section 34272",
  ],
  [
    "2025-09-14T13:00:00Z",
    "powerschool",
    "94785",
    "Chemistry - P5",
    "Unit 6 Quiz",
    "1235427",
    "error",
    "User does not teach section 3331",
  ],
  [
    "2025-09-16T08:00:00Z",
    "powerschool",
    "94785",
    "Chemistry - P5",
    'Lab, Report "3"',
    "1235427",
    "error",
    "Gradebook cell 42 frozen by Registrar",
  ],
  [
    "2025-09-16T09:00:00Z",
    "powerschool",
    "94785",
    "Chemistry - P5",
    'Lab, Report "3"',
    "2650441",
    "error",
    "Gradebook cell 97 frozen by Registrar",
  ],
  ["2025-09-16T10:00:00Z", "aeries", "44530", "Spanish II - P2", "Exit Ticket 5", "4597623", "success", ""],
].map(
  ([timestamp, sis, courseId, courseName, assignment, studentId, status, message]) =>
    ({
      timestamp,
      sis,
      courseId,
      courseName,
      assignment,
      studentId,
      status,
      message,
    }) as Row,
);

const csvQuote = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const logQuote = (value: string) => `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;

const csv = [
  "timestamp,sis,course_id,course_name,assignment_name,student_id,status,message",
  ...rows.map((r) =>
    [r.timestamp, r.sis, r.courseId, r.courseName, r.assignment, r.studentId, r.status, r.message]
      .map(csvQuote)
      .join(","),
  ),
].join("\r\n");

const ndjson = rows
  .map((r) =>
    JSON.stringify({
      timestamp: r.timestamp,
      sis: r.sis,
      courseId: r.courseId,
      courseName: r.courseName,
      assignmentName: r.assignment,
      studentId: r.studentId,
      status: r.status,
      message: r.message || null,
    }),
  )
  .join("\n");

const text = rows
  .map(
    (r) =>
      `${r.timestamp} ${r.status === "error" ? "ERROR" : "INFO"} grade-sync sis=${r.sis} course_id=${r.courseId} ` +
      `course=${logQuote(r.courseName)} assignment=${logQuote(r.assignment)} student_id=${r.studentId} status=${r.status}` +
      (r.message ? ` message=${logQuote(r.message)}` : ""),
  )
  .join("\n");

/** Line numbers differ between shapes (a CSV has a header); everything else must not. */
function withoutLines(report: Report) {
  return report.groups.map((group) => ({
    ...group,
    findings: group.findings.map((finding) => ({
      ...finding,
      examples: finding.examples.map(({ line: _line, ...rest }) => rest),
    })),
  }));
}

describe("one export in three shapes", () => {
  let catalog: ReturnType<typeof compileCatalog>;
  beforeAll(async () => {
    catalog = compileCatalog((await loadCatalogFromDirs([])).catalog);
  });

  it("yields the same groups, findings and unknown templates from CSV, NDJSON and a text log", async () => {
    const reports = await Promise.all(
      [csv, ndjson, text].map((input) => analyze(input, { catalog, source: "export" })),
    );
    const [fromCsv, fromNdjson, fromText] = reports as [Report, Report, Report];
    expect(fromCsv.inputs[0]?.shape).toBe("csv");
    expect(fromNdjson.inputs[0]?.shape).toBe("ndjson");
    expect(fromText.inputs[0]?.shape).toBe("text");
    expect(withoutLines(fromNdjson)).toEqual(withoutLines(fromCsv));
    expect(withoutLines(fromText)).toEqual(withoutLines(fromCsv));
    expect(fromNdjson.summary).toEqual(fromCsv.summary);
    expect(fromText.summary).toEqual(fromCsv.summary);
  });

  it("explains the known errors, marks the cleared one resolved and templates the unknown one", async () => {
    const report = await analyze(csv, { catalog, source: "export.csv" });
    expect(report.summary).toMatchObject({ records: 8, errors: 6, successes: 2, matched: 4, unknown: 2 });
    const byAssignment = new Map(report.groups.map((g) => [g.assignment.name, g]));
    const aspen = byAssignment.get("Homework 2")?.findings[0];
    expect(aspen).toMatchObject({ entry: { sis: "aspen" }, count: 2, students: 2, resolved: false });
    expect(aspen?.users.map((u) => [u.id, u.resolved])).toEqual([
      ["2395922", false],
      ["5935044", true],
    ]);
    const powerschool = byAssignment.get("Unit 6 Quiz")?.findings[0];
    expect(powerschool).toMatchObject({ entry: { sis: "powerschool" }, count: 2, students: 2 });
    expect(report.unknown).toHaveLength(1);
    expect(report.unknown[0]).toMatchObject({ template: "Gradebook cell <num> frozen by Registrar", count: 2 });
    expect(byAssignment.get('Lab, Report "3"')?.findings[0]?.template).toBe("Gradebook cell <num> frozen by Registrar");
  });
});
