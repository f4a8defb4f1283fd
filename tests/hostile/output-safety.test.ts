import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvCell } from "../../packages/cli/src/render/csv.js";
import { escapeMarkdown } from "../../packages/cli/src/render/markdown-escape.js";
import { runCli } from "../cli/support/run-cli.js";
import { parseCsv } from "../support/parse-csv.js";
import { TIMEOUT } from "./support.js";

/** Log text written to break out of a Markdown table or ticket, or to run in a spreadsheet. */
const COURSE = "Algebra | *Period 2* <script>alert(1)</script>";
const ASSIGNMENT = "Quiz_1 `rm -rf` [click](javascript:alert(1))";
const MESSAGE = "Rejected | see [here](javascript:alert(2)) **now**\\n<img src=x onerror=alert(3)>";

let dir: string;
let exportPath: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gpb-output-"));
  exportPath = join(dir, "hostile-names.csv");
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const rows = [
    "course_id,course_name,assignment_id,assignment_name,status,message",
    `=1+1,${quote(COURSE)},@SUM(A1),${quote(ASSIGNMENT)},failed,${quote(MESSAGE.replace("\\n", "\n"))}`,
    `7,"Biology, ""Honors""",-2+3,"=HYPERLINK(""http://evil.example"",""x"")",failed,${quote("+cmd|' /C calc'!A0")}`,
  ];
  await writeFile(exportPath, `${rows.join("\n")}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("escapeMarkdown", () => {
  it.each([
    ["a table cell border", "a | b", "a \\| b"],
    ["emphasis", "*bold* _it_", "\\*bold\\* \\_it\\_"],
    ["code", "`x`", "\\`x\\`"],
    ["HTML", "<script>", "\\<script\\>"],
    ["a javascript: link", "[link](javascript:alert(1))", "\\[link\\](javascript:alert(1))"],
    ["line breaks of every kind", "a\nb\r\nc\rd", "a b c d"],
  ])("makes %s inert", (_, text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});

/** Markdown tables: runs of consecutive lines that start with `|`. */
function tablesOf(text: string): string[][] {
  const tables: string[][] = [];
  let current: string[] = [];
  for (const line of [...text.split("\n"), ""]) {
    if (line.startsWith("|")) current.push(line);
    else if (current.length > 0) {
      tables.push(current);
      current = [];
    }
  }
  return tables;
}

/** What a ticket system that renders Markdown would make of it (CommonMark and GFM). */
function rendered(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

describe("markdown and escalation output of hostile log text", () => {
  for (const [format, names] of [
    ["markdown", "Algebra \\| \\*Period 2\\* \\<script\\>"],
    // The note has no tables, so a | needs no escape; log text is quoted in code blocks, exactly.
    ["escalation", "Algebra | \\*Period 2\\* \\<script>alert(1)\\</script>"],
  ] as const) {
    it(
      `${format}: no live HTML, link or extra table cell`,
      async () => {
        const { stdout } = await runCli([exportPath, "--format", format]);
        const html = rendered(stdout);
        expect(html).not.toMatch(/<script|<img|<a href="javascript/i);
        expect(html).toContain("&lt;script&gt;");
        // The names are there, escaped, and each table row keeps its column count.
        expect(stdout).toContain(names);
        if (format === "markdown") expect(tablesOf(stdout).length).toBeGreaterThan(0);
        for (const table of tablesOf(stdout)) {
          const cells = table.map((line) => line.split(/(?<!\\)\|/).length);
          expect(new Set(cells).size, table.join("\n")).toBe(1);
        }
      },
      TIMEOUT,
    );
  }
});

describe("--format csv", () => {
  it.each([
    ["a formula", "=1+1", "'=1+1"],
    ["a plus", "+cmd", "'+cmd"],
    ["a minus", "-2+3", "'-2+3"],
    ["an at sign", "@SUM(A1)", "'@SUM(A1)"],
    ["a leading tab", "\tx", "'\tx"],
    ["a leading carriage return", "\rx", '"\'\rx"'],
    ["a comma", "a,b", '"a,b"'],
    ["a quote", 'say "hi"', '"say ""hi"""'],
    ["a line break", "a\nb", '"a\nb"'],
    ["a formula with quotes", '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ["plain text", "Lab 3", "Lab 3"],
    ["a minus inside", "Unit 1 - Test", "Unit 1 - Test"],
  ])("cell with %s", (_, text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it(
    "writes one row per finding, every hostile cell inert and quoted per RFC 4180",
    async () => {
      const { code, stdout } = await runCli([exportPath, "--format", "csv"]);
      expect(code).toBe(1);
      expect(stdout.endsWith("\r\n")).toBe(true);
      expect(stdout.startsWith("\uFEFF")).toBe(true);
      const rows = parseCsv(stdout.slice(1));
      expect(rows[0]).toEqual([
        "course_id",
        "course_name",
        "assignment_id",
        "assignment_name",
        "sis",
        "entry_id",
        "title",
        "severity",
        "count",
        "students",
        "first_seen",
        "last_seen",
        "resolved",
        "template",
        "meaning",
        "wording",
        "acts_first",
        "fix_teacher",
        "fix_canvas_admin",
        "fix_sis_admin",
        "fix_vendor",
        "domain",
        "import_id",
        "file",
        "origin",
        "reported",
        "predicted",
        "confirmed",
        "rows",
        "objects",
        "causes",
        "sis_hint",
      ]);
      expect(rows).toHaveLength(3);
      const cells = rows.slice(1).flat();
      for (const cell of cells) expect(cell, "a cell a spreadsheet would run").not.toMatch(/^[=+\-@\t\r]/);
      expect(cells).toContain("'=1+1");
      expect(cells).toContain("'@SUM(A1)");
      expect(cells).toContain(`'=HYPERLINK("http://evil.example","x")`);
      expect(cells).toContain('Biology, "Honors"');
      expect(cells).toContain(COURSE);
      for (const row of rows.slice(1)) expect(row).toHaveLength(32);
    },
    TIMEOUT,
  );
});
