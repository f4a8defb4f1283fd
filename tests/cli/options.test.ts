import { Report } from "@sis/core";
import { describe, expect, it } from "vitest";
import { visibleWidth } from "../../packages/cli/src/render/text-width.js";
import { runCli } from "./support/run-cli.js";
import { transcript } from "./support/transcript.js";

const EXPORT = "tests/fixtures/cli/grade-sync.csv";
const SNAPSHOTS = "../fixtures/cli/snapshots/cli";
/** The start of every ANSI colour sequence. */
const ANSI = "\u001b[";

describe("--only-unresolved", () => {
  it("leaves out findings a later success cleared", async () => {
    const all = Report.parse(JSON.parse((await runCli([EXPORT])).stdout));
    const open = Report.parse(JSON.parse((await runCli([EXPORT, "--only-unresolved"])).stdout));
    expect(all.groups.flatMap((g) => g.findings).some((f) => f.resolved)).toBe(true);
    expect(open.groups.flatMap((g) => g.findings).some((f) => f.resolved)).toBe(false);
    expect(open.groups.map((g) => g.assignment.name)).toEqual(["Quiz 2", "Lab 3"]);
  });

  it("keeps the table free of resolved rows", async () => {
    const { stdout } = await runCli([EXPORT, "--only-unresolved", "--format", "table"]);
    expect(stdout).not.toContain("Unit 1 Test");
  });
});

describe("--group-by", () => {
  for (const groupBy of ["assignment", "error"]) {
    for (const format of ["table", "markdown"]) {
      it(`${groupBy} in ${format}`, async () => {
        const args = [EXPORT, "--format", format, "--group-by", groupBy, "--quiet"];
        await expect(transcript(args, await runCli(args))).toMatchFileSnapshot(
          `${SNAPSHOTS}/group-by-${groupBy}-${format}.txt`,
        );
      });
    }
  }

  it("error puts one error's courses under one heading", async () => {
    const { stdout } = await runCli([EXPORT, "--format", "markdown", "--group-by", "error"]);
    const section = stdout.split("\n## ").find((part) => part.startsWith("Given Gradebook Column Type")) ?? "";
    expect(section).toContain("Unit 1 Test (assignment 55)");
    expect(section).toContain("Quiz 2 (assignment 56)");
  });
});

describe("stderr", () => {
  it("prints diagnostics as file: code: message and the summary", async () => {
    const { stderr } = await runCli([EXPORT, "--format", "json"]);
    expect(stderr).toMatch(/^tests\/fixtures\/cli\/grade-sync\.csv: shape-detected: /m);
    expect(stderr).toMatch(/^8 records: 5 errors, 1 warning, 2 successes/m);
  });

  it("caps diagnostics at 20 lines with a count of the rest", async () => {
    const lines = Array.from({ length: 30 }, () => '{"message": "x", "status": "failed"}, {not json},');
    const { stderr } = await runCli(["--format", "json"], { stdin: `[\n${lines.join("\n")}\n]\n` });
    const diagnostics = stderr.split("\n").filter((line) => line.startsWith("stdin"));
    expect(diagnostics).toHaveLength(20);
    expect(stderr).toMatch(/^… and \d+ more diagnostics \(see the json report\)$/m);
  });

  it("--quiet prints only the report", async () => {
    const { stdout, stderr } = await runCli([EXPORT, "--quiet"]);
    expect(stderr).toBe("");
    expect(() => JSON.parse(stdout)).not.toThrow();
  });

  it("shows progress only when stderr is a terminal", async () => {
    let time = 0;
    const now = () => (time += 300);
    const { stderr } = await runCli([EXPORT], { stderrIsTTY: true, now });
    expect(stderr).toContain(`\r${ANSI}Kread `);
    expect(stderr).toMatch(/read \d+ rows \([\d,]+ rows\/s\)/);
    expect((await runCli([EXPORT], { stderrIsTTY: false, now })).stderr).not.toContain("rows/s");
    expect((await runCli([EXPORT, "--quiet"], { stderrIsTTY: true, now })).stderr).toBe("");
  });
});

describe("colour", () => {
  it("only on a terminal without NO_COLOR, even when TERM is set", async () => {
    const env = { TERM: "xterm-256color" };
    expect((await runCli([EXPORT], { stdoutIsTTY: true, env })).stdout).toContain(ANSI);
    expect((await runCli([EXPORT], { stdoutIsTTY: true, env: { ...env, NO_COLOR: "1" } })).stdout).not.toContain(ANSI);
    expect((await runCli([EXPORT, "--format", "table"], { env })).stdout).not.toContain(ANSI);
  });
});

describe("--version", () => {
  it("names the tool's and the catalog's versions", async () => {
    const { code, stdout } = await runCli(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^gpb-analyze \d+\.\d+\.\d+ \(catalog \d+\.\d+\.\d+, \d+ entries\)\n$/);
  });

  it("shows a customised catalog as such", async () => {
    const { stdout } = await runCli(["--version", "--catalog", "tests/fixtures/cli/custom-catalog"]);
    expect(stdout).toMatch(/\(catalog \d+\.\d+\.\d+\+custom, /);
  });
});

describe("--sis and --canvas-url", () => {
  it("links courses when a Canvas URL is given", async () => {
    const args = [EXPORT, "--canvas-url", "https://school.instructure.com/"];
    const report = Report.parse(JSON.parse((await runCli(args)).stdout));
    expect(report.groups[0]?.course.url).toBe("https://school.instructure.com/courses/1234");
  });

  it("uses the SIS hint for records that do not name one", async () => {
    const { stdout } = await runCli(["--sis", "Aspen"], { stdin: "Aspen session has expired, please log in again\n" });
    const report = Report.parse(JSON.parse(stdout));
    expect(report.groups[0]?.findings[0]?.entry?.sis).toBe("aspen");
    // The group is the run's SIS too, so tables and escalation notes say which SIS it is.
    expect(report.groups[0]?.sis).toBe("aspen");
  });

  it("says which SIS explains an error the log names no SIS for, and to pass --sis, in every format", async () => {
    const stdin = "course_id,assignment_id,student_id,status,message\nC1,A1,U1,failed,Gradebook Section Not Found\n";
    const args = ["--input-format", "csv"];
    const report = Report.parse(JSON.parse((await runCli([...args, "--format", "json"], { stdin })).stdout));
    const finding = report.groups[0]?.findings[0];
    expect(finding?.candidates).toEqual(["aeries-gradebook-section-not-found"]);
    expect(finding?.candidateSis).toEqual(["aeries"]);
    expect(report.unknown[0]?.candidateSis).toEqual(["aeries"]);
    for (const format of ["table", "markdown"]) {
      const { stdout } = await runCli([...args, "--format", format], { stdin });
      const text = stdout.replace(/\s+/g, " ");
      expect(text).toContain("--sis aeries");
      expect(text).toContain("aeries-gradebook-section-not-found");
      expect(text).not.toContain("(100%)");
    }
    // Once the SIS is named, the entry explains it.
    const named = Report.parse(
      JSON.parse((await runCli([...args, "--sis", "aeries", "--format", "json"], { stdin })).stdout),
    );
    expect(named.groups[0]?.findings[0]?.entry?.id).toBe("aeries-gradebook-section-not-found");
  });

  it("says on the course's own finding, not only in the unknown list, which entry matches and to pass --sis", async () => {
    const stdin = "course_id,assignment_id,student_id,status,message\nC1,A1,U1,failed,Gradebook Section Not Found\n";
    const hint =
      "Matches aeries-gradebook-section-not-found exactly, which explains it only for aeries; the log names no SIS, " +
      "so run again with --sis aeries.";
    const run = (format: string) => runCli(["--input-format", "csv", "--format", format, "--quiet"], { stdin });
    const course = (text: string) => text.slice(0, text.indexOf("Unknown errors")).replace(/\s+/g, " ");
    for (const groupBy of [[], ["--group-by", "error"]]) {
      const table = await runCli(["--input-format", "csv", "--format", "table", "--quiet", ...groupBy], {
        stdin,
        stdoutIsTTY: true,
        env: { COLUMNS: "80", NO_COLOR: "1" },
      });
      expect(course(table.stdout)).toContain(hint);
      expect(Math.max(...table.stdout.split("\n").map((line) => visibleWidth(line)))).toBeLessThanOrEqual(80);
    }
    expect(course((await run("markdown")).stdout)).toContain(`> ${hint}`);
    // The note a support agent would send says it before asking anyone what the error means.
    for (const format of ["escalation", "escalation-text"]) {
      expect((await run(format)).stdout.replace(/\s+/g, " ")).toContain(hint);
    }
  });

  it("keeps the SIS a record names over the run's", async () => {
    const stdin = "sis,status,message\npowerschool,error,Aspen session has expired, please log in again\n";
    const report = Report.parse(
      JSON.parse((await runCli(["--sis", "aspen", "--input-format", "csv"], { stdin })).stdout),
    );
    expect(report.groups[0]?.sis).toBe("powerschool");
  });

  it("refuses a SIS the catalog does not know, listing the known ones and the closest to a typo", async () => {
    const unknown = await runCli([EXPORT, "--sis", "notasis"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toMatch(/--sis expects a SIS the catalog knows, got "notasis"/);
    expect(unknown.stderr).toMatch(/Known: aeries, aspen, .*infinite-campus, .*powerschool, .*synergy/);
    expect(unknown.stderr).not.toMatch(/Known:.*generic/);
    const typo = await runCli([EXPORT, "--sis", "powerschol"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('got "powerschol"; did you mean powerschool?');
  });

  it("takes a SIS by its usual spellings", async () => {
    for (const sis of ["Infinite Campus", "PowerTeacher Pro", "aspen"]) {
      expect((await runCli([EXPORT, "--sis", sis])).code, sis).toBe(1);
    }
  });
});
