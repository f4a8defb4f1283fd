import { describe, expect, it } from "vitest";
import { csvCell } from "../../packages/cli/src/render/csv.js";
import { renderedText } from "../../packages/cli/src/render/renderer.js";
import { RENDERERS } from "../../packages/cli/src/render/renderers.js";
import { parseCsv } from "../support/parse-csv.js";
import { runCli } from "./support/run-cli.js";
import { sampleReport } from "./support/sample-report.js";

const EXPORT = "tests/fixtures/cli/grade-sync.csv";
const BOM = "\uFEFF";

function rowsOf(text: string): Record<string, string>[] {
  const [head = [], ...rows] = parseCsv(text.startsWith(BOM) ? text.slice(1) : text);
  return rows.map((row) => Object.fromEntries(head.map((name, i) => [name, row[i] ?? ""])));
}

describe("--format csv", () => {
  it("says what each finding means, how sure its wording is, who acts first and the fix per person", async () => {
    const { stdout } = await runCli([EXPORT, "--format", "csv"]);
    const rows = rowsOf(stdout);
    const seed = rows.find((row) => row.entry_id === "aspen-gradebook-column-type-no-default-grade-scale");
    expect(seed).toMatchObject({
      meaning: expect.stringContaining("no default grade scale"),
      wording: "verified",
      acts_first: "teacher",
      fix_teacher: expect.stringMatching(/^1\. Find the assignment group[^\n]*\n2\. In Aspen/),
      fix_canvas_admin: "",
      fix_sis_admin: expect.stringMatching(/^If teachers cannot choose a grade scale/),
      fix_vendor: "",
    });
    const unknown = rows.find((row) => row.entry_id === "");
    expect(unknown).toMatchObject({ meaning: "", wording: "", acts_first: "", fix_teacher: "" });
    expect(unknown?.template).toContain("Widget frobnication failed");
  });

  it("ends each row with the --sis hint the other formats show, leaving the columns before it where they were", async () => {
    const stdin = "course_id,assignment_id,student_id,status,message\nC1,A1,U1,failed,Gradebook Section Not Found\n";
    const { stdout } = await runCli(["--input-format", "csv", "--format", "csv", "--quiet"], { stdin });
    const [head = []] = parseCsv(stdout.slice(1));
    expect(head.slice(-2)).toEqual(["causes", "sis_hint"]);
    expect(rowsOf(stdout)[0]?.sis_hint).toBe(
      "Matches aeries-gradebook-section-not-found exactly, which explains it only for aeries; the log names no SIS, " +
        "so run again with --sis aeries.",
    );
    const named = await runCli(["--input-format", "csv", "--format", "csv", "--quiet", "--sis", "aeries"], { stdin });
    expect(rowsOf(named.stdout)[0]).toMatchObject({ entry_id: "aeries-gradebook-section-not-found", sis_hint: "" });
    // SIS import rows have the column too, empty, so every row has as many cells as the header.
    const imports = await runCli(["tests/fixtures/examples/sis-import-4821", "--format", "csv", "--quiet"]);
    const [importHead = [], ...importRows] = parseCsv(imports.stdout.slice(1));
    expect(importRows.some((row) => row[importHead.indexOf("domain")] === "provisioning")).toBe(true);
    for (const row of importRows) expect(row).toHaveLength(importHead.length);
  });

  it("starts with a UTF-8 byte-order mark so Excel reads José Núñez, unless --no-bom", async () => {
    const withBom = await runCli([EXPORT, "--format", "csv"]);
    expect(withBom.stdout.startsWith(`${BOM}course_id,`)).toBe(true);
    expect(withBom.stdout.indexOf(BOM, 1)).toBe(-1);
    const without = await runCli([EXPORT, "--format", "csv", "--no-bom"]);
    expect(without.stdout.startsWith("course_id,")).toBe(true);
    expect(without.stdout).toBe(withBom.stdout.slice(1));
    const log =
      "course_id,course_name,assignment_id,status,message\n1,Español (José Núñez),2,failed,Totally new error 77\n";
    const named = await runCli(["--format", "csv"], { stdin: log });
    expect(rowsOf(named.stdout)[0]?.course_name).toBe("Español (José Núñez)");
    expect(Buffer.from(named.stdout, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("writes no byte-order mark in any other format", async () => {
    for (const format of ["json", "markdown", "escalation-text", "table"]) {
      expect((await runCli([EXPORT, "--format", format])).stdout.startsWith(BOM)).toBe(false);
    }
  });

  it("keeps the new columns as inert as the others", () => {
    const report = sampleReport();
    const finding = report.groups[0]?.findings[0];
    if (!finding?.entry) throw new Error("the sample report has an explained finding first");
    const entry = report.entries[finding.entry.id];
    if (entry) entry.meaning = '=HYPERLINK("http://evil.example","x")';
    finding.fix = { teacher: ["@SUM(A1)"], sisAdmin: ["-2+3", "+cmd|' /C calc'!A0"] };
    const text = renderedText(RENDERERS.csv.render(report, { groupBy: "course", colour: false }));
    const [row] = rowsOf(text);
    expect(row?.meaning).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(row?.fix_teacher).toBe("'@SUM(A1)");
    // Several steps are numbered, so the cell no longer starts with the step's own first character.
    expect(row?.fix_sis_admin).toBe("1. -2+3\n2. +cmd|' /C calc'!A0");
    for (const cell of parseCsv(text.slice(1)).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(csvCell("-2+3")).toBe("'-2+3");
  });
});
