import { readFileSync } from "node:fs";
import { type Finding, Report } from "@sis/core";
import { describe, expect, it } from "vitest";
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
