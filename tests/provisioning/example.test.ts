import { Report } from "@sis/core";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/support/run-cli.js";

const FOLDER = "tests/fixtures/examples/sis-import-4821";
const ZIP = "tests/fixtures/examples/sis-import-4821.zip";
const PASSBACK = "tests/fixtures/examples/grade-sync-provisioned.csv";

async function reportOf(...args: string[]): Promise<Report> {
  const { stdout, code } = await runCli(["--format", "json", ...args]);
  expect(code).not.toBe(2);
  return Report.parse(JSON.parse(stdout));
}

/** The section without where each file was read from (a folder's paths, a zip's entries). */
function withoutSources(report: Report): unknown {
  return JSON.parse(JSON.stringify(report.provisioning).replace(/"(source)":"[^"]*"/g, '"$1":"…"'));
}

describe("the bundled example import (4821, with the earlier 4807 in its JSON list)", () => {
  it("reads the folder and the zip alike", async () => {
    expect(withoutSources(await reportOf(ZIP))).toEqual(withoutSources(await reportOf(FOLDER)));
  });

  it("lines every prediction up with the errors file, row for row", async () => {
    const report = await reportOf(FOLDER);
    const current = report.provisioning?.imports.find((item) => item.id === "4821");
    const findings = current?.files.flatMap((file) =>
      file.findings.map((finding) => ({ file: file.name, ...finding })),
    );
    const confirmed = (findings ?? []).filter((finding) => finding.origin === "both");
    expect(confirmed.map((finding) => [finding.file, finding.entry?.id, finding.rows, finding.confirmed])).toEqual([
      ["enrollments.csv", "canvas-sis-import-user-not-found-for-enrollment", [6, 19], 2],
      ["enrollments.csv", "canvas-sis-import-nonexistent-section", [7], 1],
      ["enrollments.csv", "canvas-sis-import-improper-role", [8], 1],
      ["sections.csv", "canvas-sis-import-bad-date-section", [5], 1],
      ["users.csv", "canvas-sis-import-login-claimed-sis-id", [6], 1],
    ]);
    // Canvas's own messages that need its state to foresee are reported only.
    const deleted = findings?.find((finding) => finding.entry?.id === "canvas-sis-import-deleted-sis-login");
    expect(deleted?.origin).toBe("reported");
  });

  it("gives per import its state, rows against rows processed, and what its JSON list left out", async () => {
    const report = await reportOf(FOLDER);
    const [earlier, current] = report.provisioning?.imports ?? [];
    expect(earlier).toMatchObject({
      id: "4807",
      truncated: { errors: null, warnings: 3 },
      canvasCounts: { warnings: 27 },
    });
    expect(current?.state).toBe("imported_with_messages");
    expect(current?.kinds).toContainEqual({ type: "users", rows: 11, processed: 10 });
    expect(current?.kinds).toContainEqual({ type: "enrollments", rows: 18, processed: 14 });
    // The errors file covers 4821: its JSON list is not counted twice.
    expect(current).toMatchObject({ failures: 0, warnings: 7 });
  });

  // A dash stood for a file not given, which read as a count of nothing.
  it("says in the table which files of an import were not given, beside the rows Canvas processed", async () => {
    const { stdout } = await runCli(["--format", "table", FOLDER], { stdoutColumns: 200 });
    expect(stdout).toContain(
      "Rows in the files / rows Canvas processed: users (file not given) / 1,310; enrollments (file not given) / 5,688.",
    );
    expect(stdout).toContain("users 11 / 10; enrollments 18 / 14.");
  });

  it("links passback failures to the provisioning findings that cause them, and says to correct those first", async () => {
    const report = await reportOf(FOLDER, PASSBACK);
    const causes = new Map<string, (typeof report.groups)[number]["findings"][number]>(
      report.groups.flatMap((group) =>
        group.findings.map((finding) => [`${group.course.id} ${finding.entry?.id}`, finding] as const),
      ),
    );
    const keys = (id: string) => causes.get(id)?.causes?.map((cause) => cause.key);
    expect(keys("ALG-201-FA25 powerschool-409-student-id")).toEqual(["silent:two-sections-one-course"]);
    expect(keys("BIO-101-FA25 aeries-student-does-not-belong")).toEqual(["silent:near-duplicate-id"]);
    expect(keys("BIO-101-FA25 aeries-gradebook-section-not-found")).toEqual(["canvas-sis-import-nonexistent-section"]);
    expect(keys("HIST-210-FA25 aeries-gradebook-section-not-found")).toEqual(["silent:sis-id-change"]);
    expect(keys("CHEM-110-FA25 infinite-campus-could-not-determine-class-or-grading-period")).toContain(
      "silent:unknown-term",
    );
    // An error no provisioning finding names keeps its own fix.
    expect(causes.get("BIO-101-FA25 aeries-internal-server-error")?.causes).toBeUndefined();
    const fix = causes.get("ALG-201-FA25 powerschool-409-student-id")?.fix;
    expect(fix?.sisAdmin?.[0]).toMatch(/^Correct the provisioning first: SIS import 4821, enrollments\.csv: /);
    expect(fix?.teacher?.[0]).toMatch(/^Ask the SIS admin to correct the provisioning first/);
  });

  it("without the provisioning inputs, the same passback log has no causes", async () => {
    const report = await reportOf(PASSBACK);
    expect(report.provisioning).toBeUndefined();
    expect(report.groups.flatMap((group) => group.findings).some((finding) => finding.causes)).toBe(false);
  });

  it("--redact leaves no name, email, login or user id of the CSVs in any format, and links still hold", async () => {
    const secrets = ["Lindqvist", "Okafor", "lakeside.example.org", "alindqvist", "jkim", "01007", "1044", "T2002"];
    for (const format of ["json", "table", "markdown", "csv", "ndjson", "escalation", "html"]) {
      const { stdout } = await runCli(["--redact", "--format", format, FOLDER, PASSBACK]);
      for (const secret of secrets) expect(stdout, `${format}: ${secret}`).not.toContain(secret);
    }
    const report = await reportOf("--redact", FOLDER, PASSBACK);
    const linked = report.groups.flatMap((group) => group.findings).filter((finding) => finding.causes);
    expect(linked.length).toBe(5);
  });
});
