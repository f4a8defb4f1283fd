import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Finding, Report } from "@sis/core";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/support/run-cli.js";

const EXPORT = "tests/fixtures/examples/grade-sync-export.csv";

async function run(args: readonly string[], stdin?: string) {
  const result = await runCli([...args, "--format", "json"], stdin === undefined ? {} : { stdin });
  return { ...result, report: Report.parse(JSON.parse(result.stdout)) };
}

/** What a report says about each finding, without where its examples sit in the file. */
function findings(report: Report) {
  return report.groups.map((group) => ({
    course: group.course,
    assignment: group.assignment,
    sis: group.sis,
    teacher: group.teacher,
    findings: group.findings.map(({ examples, ...finding }: Finding) => finding),
  }));
}

describe("a success resolves only the errors of what it names", () => {
  it("a two-line log, one Aspen error and one success about nothing in particular, leaves the error unresolved", async () => {
    const log = [
      "2025-10-01T10:00:00Z ERROR aspen given GradebookColumnType does not have a default GradeScale",
      "2025-10-01T11:00:00Z INFO status=success",
    ].join("\n");
    const { code, report } = await run([], log);
    expect(code).toBe(1);
    expect(report.summary).toMatchObject({ errors: 1, successes: 1, unresolvedFindings: 1 });
    expect(report.groups[0]?.findings[0]).toMatchObject({ resolved: false, undecided: "no-course-or-assignment" });
  });

  it("the bundled export without its header row gives the report it gives with it, and fails", async () => {
    const headed = await run([EXPORT]);
    const rows = readFileSync(EXPORT, "utf8").split("\n").slice(1).join("\n");
    const headerless = await run(["-"], rows);
    expect(headerless.code).toBe(1);
    expect(headerless.report.summary.unresolvedFindings).toBeGreaterThan(0);
    expect(findings(headerless.report)).toEqual(findings(headed.report));
    expect(headerless.report.unknown.map(({ examples, variants, ...rest }) => rest)).toEqual(
      headed.report.unknown.map(({ examples, variants, ...rest }) => rest),
    );
    // One true thing about the header: there is none, and every column was mapped by its values.
    const mapped = headerless.report.diagnostics.filter((diagnostic) => diagnostic.code === "columns-mapped");
    expect(mapped.map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringMatching(
        /^columns \(no header row: line 1 holds data, so every column is mapped by its values\): by content: column 1 → timestamp, column 2 → sis, column 3 → courseId, .*column 7 → assignmentId, .*column 9 → studentId, column 10 → studentName/,
      ),
    ]);
    expect(headerless.stderr).not.toContain("header on line");
  });

  it("a header-less file too short to tell its columns apart names each one missing and why", async () => {
    const rows = [
      "2025-10-01T10:00:00Z,30101,7001,3010001,failed,given GradebookColumnType does not have a default GradeScale",
      "2025-10-01T11:00:00Z,30101,7001,3010001,success,",
    ].join("\n");
    const { code, report } = await run([], rows);
    expect(code).toBe(1);
    expect(report.groups[0]?.findings[0]).toMatchObject({ resolved: false, undecided: "no-course-or-assignment" });
    const missing = report.diagnostics.filter((diagnostic) => diagnostic.code === "field-not-found");
    expect(missing.map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringMatching(/^no column holds the course; .*its errors cannot be resolved and stay unresolved/),
      expect.stringMatching(/^no column holds the assignment; .*its errors cannot be resolved and stay unresolved/),
      expect.stringMatching(/^no column holds the student; .*a success for any student of the assignment clears/),
    ]);
  });
});

describe("a log with no column that says a row failed is refused, not passed as clean", () => {
  const dir = mkdtempSync(join(tmpdir(), "gpb-no-outcome-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ids = join(dir, "ids.csv");
  writeFileSync(ids, "course_id,assignment_id,student_id\n4411,9001,7001\n4411,9001,7002\n");

  it("exits 2 with what was expected, the header that arrived and where, where it said no errors and exited 0", async () => {
    const { code, stdout, stderr } = await runCli([ids, "--format", "table"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n").at(-1)).toMatch(
      new RegExp(
        `^error: ${ids}:1: no-outcome-column: expected a column that says whether each row failed: its error ` +
          "message \\(named message, error, .*its sync status \\(named status, result, .*but the header on line 1 " +
          "has course_id, assignment_id, student_id, so no row can be told from a success",
      ),
    );
  });

  it("stops a run of several files as any unusable file does, named by the same line", async () => {
    const missing = join(dir, "missing.csv");
    const withGood = await runCli([EXPORT, ids, "--format", "json"]);
    expect(withGood.code).toBe(2);
    expect(withGood.stdout).toBe("");
    expect(withGood.stderr.trimEnd().split("\n").at(-1)).toMatch(new RegExp(`^error: ${ids}:1: no-outcome-column: `));
    expect((await runCli([EXPORT, missing, "--format", "json"])).code).toBe(withGood.code);
  });
});
