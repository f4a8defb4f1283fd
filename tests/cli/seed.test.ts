import { fixOf, Report } from "@sis/core";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.js";

const SEED = "given GradebookColumnType does not have a default GradeScale";

describe("the seed line on stdin, with no header or other context", () => {
  it("is explained by the Aspen entry in json", async () => {
    const { code, stdout } = await runCli(["--format", "json"], { stdin: `${SEED}\n` });
    const report = Report.parse(JSON.parse(stdout));
    const finding = report.groups[0]?.findings[0];
    expect(finding?.entry).toMatchObject({ sis: "aspen", title: "Given Gradebook Column Type" });
    expect(finding && fixOf(report, finding)?.teacher?.length).toBeGreaterThan(0);
    expect(code).toBe(1);
  });

  it("is explained by the Aspen entry in the table, with the teacher's fix", async () => {
    const { code, stdout } = await runCli(["--format", "table"], { stdin: SEED });
    const json = Report.parse(JSON.parse((await runCli(["--format", "json"], { stdin: SEED })).stdout));
    const finding = json.groups[0]?.findings[0];
    const teacherStep = (finding && fixOf(json, finding)?.teacher?.[0]) ?? "missing";
    expect(stdout).toContain("Given Gradebook Column Type");
    expect(stdout).toContain("aspen");
    // Steps wrap to the terminal's width under their number.
    expect(stdout.replace(/\s+/g, " ")).toContain(` Teacher: 1. ${teacherStep} `);
    expect(code).toBe(1);
  });
});
