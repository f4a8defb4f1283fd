import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Report } from "@sis/core";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { FORMATS } from "../../packages/cli/src/render/format.js";
import { runCli } from "./support/run-cli.js";
import { transcript } from "./support/transcript.js";

const EXPORT = "tests/fixtures/cli/grade-sync.csv";
const SNAPSHOTS = "../fixtures/cli/snapshots/cli";

// These run with the built-in catalog: a changed entry text shows up here as a reviewed snapshot diff.
describe("every format end to end", () => {
  // The HTML page is tested in tests/html: as a snapshot it would be its page script and a gzipped blob of notes.
  for (const format of FORMATS.filter((f) => f !== "html")) {
    it(`--format ${format}`, async () => {
      const args = [EXPORT, "--format", format, "--canvas-url", "https://school.instructure.com"];
      const result = await runCli(args);
      await expect(transcript(args, result)).toMatchFileSnapshot(`${SNAPSHOTS}/format-${format}.txt`);
      expect(result.code).toBe(1);
    });
  }

  for (const format of ["json", "ndjson", "table"] as const) {
    it(`--format ${format} waits for a reader that falls behind, and writes the same`, async () => {
      const args = [EXPORT, "--format", format];
      const slow = await runCli(args, { slowStdout: true });
      expect(slow.drains).toBeGreaterThan(0);
      expect(slow.writesWhileBehind).toBe(0);
      expect(slow.stdout).toBe((await runCli(args)).stdout);
    });
  }

  it("json on stdout is exactly the report contract", async () => {
    const { stdout } = await runCli([EXPORT, "--format", "json"]);
    const report = Report.parse(JSON.parse(stdout));
    expect(report.summary).toMatchObject({ records: 8, errors: 5, warnings: 1, successes: 2 });
    expect(report.groups.map((group) => group.assignment.name)).toEqual(["Quiz 2", "Unit 1 Test", "Lab 3"]);
  });

  it("ndjson writes one object per error or warning record and nothing else", async () => {
    const { stdout } = await runCli([EXPORT, "--format", "ndjson"]);
    const lines = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toEqual({
      line: 2,
      source: EXPORT,
      course: { id: "1234", name: "Algebra I" },
      assignment: { id: "55", name: "Unit 1 Test" },
      student: { id: null, name: null },
      status: "error",
      httpStatus: 400,
      message: "given GradebookColumnType does not have a default GradeScale",
      entry: {
        id: "aspen-gradebook-column-type-no-default-grade-scale",
        sis: "aspen",
        title: "Given Gradebook Column Type",
        meaning: expect.stringContaining("no default grade scale"),
        wording: "verified",
      },
      candidates: [],
      template: null,
    });
    expect(lines.filter((line) => line.entry === null).map((line) => line.template)).toHaveLength(1);
  });

  it("defaults to a table on a terminal and to json in a pipe", async () => {
    expect((await runCli([EXPORT], { stdoutIsTTY: true })).stdout).toContain("┌");
    const piped = (await runCli([EXPORT])).stdout;
    expect(() => JSON.parse(piped)).not.toThrow();
  });

  it("markdown and escalation escape log text", async () => {
    const markdown = (await runCli([EXPORT, "--format", "markdown"])).stdout;
    expect(markdown).not.toContain("<b>");
    expect(markdown).toContain("\\<b\\>");
    expect(markdown).not.toMatch(/[^\\]\*later/);
    // The note quotes log text exactly, in code blocks only.
    const escalation = (await runCli([EXPORT, "--format", "escalation"])).stdout;
    const outsideCode = escalation.replace(/^```text\n[\s\S]*?\n```$/gm, "");
    expect(escalation).toContain("```text\nWidget frobnication failed for <b>id</b> 9981 | retry *later*\n```");
    expect(outsideCode).not.toContain("<b>");
  });
});

describe("an SIS import file saved with semicolons", () => {
  it("says in the table and in Markdown that the semicolons are why Canvas finds no header", async () => {
    const dir = await mkdtemp(join(tmpdir(), "semicolons-"));
    try {
      const file = join(dir, "enrollments.csv");
      await writeFile(file, "course_id;section_id;user_id;role;status\nBIO;BIO-1;1001;student;active\n");
      for (const format of ["table", "markdown"]) {
        const { stdout } = await runCli([file, "--format", format]);
        expect(stdout.replace(/\s+/g, " ")).toContain("separated by semicolons");
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("says it in the CSV row of the finding too, with or without Canvas's errors file beside it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "semicolons-"));
    try {
      const file = join(dir, "enrollments.csv");
      const errors = join(dir, "sis_errors_attachment_4821.csv");
      await writeFile(file, "course_id;section_id;user_id;role;status\nBIO;BIO-1;1001;student;active\n");
      await writeFile(
        errors,
        "sis_import_id,file,message,row\n4821,enrollments.csv,Couldn't find Canvas CSV import headers,\n",
      );
      for (const inputs of [[file], [file, errors]]) {
        const { stdout } = await runCli([...inputs, "--format", "csv", "--no-bom"]);
        const [header = [], ...rows] = parse(stdout) as string[][];
        const row = rows.find((cells) => cells[header.indexOf("entry_id")] === "canvas-sis-import-no-headers");
        expect(row?.[header.indexOf("meaning")], inputs.join(" ")).toContain(
          'Canvas finds no header because the file is separated by semicolons (";")',
        );
        expect(row?.[header.indexOf("meaning")]).toContain("save it again as comma-separated CSV");
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
