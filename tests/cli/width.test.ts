import { describe, expect, it } from "vitest";
import { fitColumns } from "../../packages/cli/src/render/fit-columns.js";
import { visibleWidth } from "../../packages/cli/src/render/text-width.js";
import { wrapIndented, wrapParts, wrapText } from "../../packages/cli/src/render/wrap-text.js";
import { runCli } from "./support/run-cli.js";

/** Exports whose tables hold long titles, templates, course names, SIS slugs and an unknown-template table. */
const EXPORTS = ["tests/fixtures/cli/grade-sync.csv", "tests/fixtures/examples/grade-sync-export.csv"];

function widest(text: string): { width: number; line: string } {
  let widest = { width: 0, line: "" };
  for (const line of text.split("\n")) {
    const width = visibleWidth(line);
    if (width > widest.width) widest = { width, line };
  }
  return widest;
}

describe("table output fits the terminal", () => {
  // 40 is the narrowest the CLI lays out for (NARROWEST); a narrower terminal gets the 40-column layout.
  for (const columns of [40, 60, 80, 120]) {
    for (const [name, args] of [
      ...EXPORTS.map((file) => [`findings of ${file}`, [file, "--format", "table"]] as const),
      ["findings by assignment", [EXPORTS[0], "--format", "table", "--group-by", "assignment"]] as const,
      ["findings by error", [EXPORTS[0], "--format", "table", "--group-by", "error"]] as const,
      ["catalog list", ["catalog", "list", "--format", "table"]] as const,
      [
        "an SIS import with its passback log",
        [
          "tests/fixtures/examples/sis-import-4821",
          "tests/fixtures/examples/grade-sync-provisioned.csv",
          "--format",
          "table",
        ],
      ] as const,
    ]) {
      it(`${name} at ${columns} columns (COLUMNS), in colour too`, async () => {
        for (const colour of [false, true]) {
          const env = { COLUMNS: String(columns), ...(colour ? {} : { NO_COLOR: "1" }) };
          const { stdout } = await runCli(args as readonly string[], { stdoutIsTTY: true, env });
          expect(stdout).toContain("┌");
          const { width, line } = widest(stdout);
          expect(width, line).toBeLessThanOrEqual(columns);
        }
      });
    }
  }

  it("catalog show wraps its prose to the terminal and keeps a pattern or URL whole on a line of its own", async () => {
    const id = "aspen-gradebook-column-type-no-default-grade-scale";
    const { stdout } = await runCli(["catalog", "show", id], { stdoutIsTTY: true, env: { COLUMNS: "60" } });
    const long = stdout.split("\n").filter((line) => visibleWidth(line) > 60);
    expect(long.map((line) => line.trim())).toEqual([
      "/given\\s+GradebookColumnType\\s+does\\s+not\\s+have\\s+a\\s+default\\s+GradeScale/i",
      "https://community.canvaslms.com/t5/SIS-Error-Codes/SIS-Error-Code-Dictionary/ta-p/535897",
    ]);
  });

  it("wraps diagnostics on a terminal's stderr, and leaves them one line each in a log", async () => {
    const args = [EXPORTS[1] as string, "--format", "json"];
    const onTerminal = await runCli(args, { stderrIsTTY: true, env: { COLUMNS: "60" } });
    expect(widest(onTerminal.stderr).width).toBeLessThanOrEqual(60);
    expect(onTerminal.stderr).toMatch(/columns-mapped: [^\n]*\n {2}\S/);
    const inLog = await runCli(args, { env: { COLUMNS: "60" } });
    expect(inLog.stderr).not.toMatch(/^ {2}\S/m);
    expect(inLog.stderr).toMatch(/^\S+: columns-mapped: .{60,}$/m);
  });

  it("reads the terminal's own width when COLUMNS is not set, and COLUMNS wins when it is", async () => {
    const args = [EXPORTS[0] as string, "--format", "table"];
    const terminal = await runCli(args, { stdoutIsTTY: true, stdoutColumns: 70 });
    expect(widest(terminal.stdout).width).toBeLessThanOrEqual(70);
    expect(widest(terminal.stdout).width).toBeGreaterThan(60);
    const both = await runCli(args, { stdoutIsTTY: true, stdoutColumns: 70, env: { COLUMNS: "120" } });
    expect(widest(both.stdout).width).toBeGreaterThan(70);
  });

  it("says which columns it left out for a narrow terminal", async () => {
    const { stdout } = await runCli([EXPORTS[0] as string, "--format", "table"], { env: { COLUMNS: "60" } });
    expect(stdout).not.toMatch(/│ SIS /);
    expect(stdout.replace(/\s+/g, " ")).toContain("Left out to fit 60 columns: SIS, Students");
    const wide = await runCli([EXPORTS[0] as string, "--format", "table"], { env: { COLUMNS: "120" } });
    expect(wide.stdout).toMatch(/│ SIS /);
    expect(wide.stdout).not.toContain("Left out");
  });

  it("keeps every word of a wrapped cell", async () => {
    const { stdout } = await runCli([EXPORTS[0] as string, "--format", "table"], { env: { COLUMNS: "60" } });
    const cellText = stdout
      .split("\n")
      .filter((line) => line.startsWith("│"))
      .map((line) => line.split("│")[1]?.trim() ?? "")
      .join(" ");
    expect(cellText).toContain("403 Error: User Does Not Teach Section");
  });
});

describe("wrapText", () => {
  it("breaks between words and keeps every character", () => {
    expect(wrapText("Given Gradebook Column Type", 12)).toEqual(["Given", "Gradebook", "Column Type"]);
  });

  it("breaks a word longer than the line after a hyphen where one fits", () => {
    expect(wrapText("powerschool-403-user-does-not-teach-section", 16)).toEqual([
      "powerschool-403-",
      "user-does-not-",
      "teach-section",
    ]);
    expect(wrapText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
  });

  it("counts wide characters twice and combining marks not at all", () => {
    expect(visibleWidth("José Núñez")).toBe(10);
    expect(visibleWidth("Jose\u0301")).toBe(4);
    expect(visibleWidth("成績")).toBe(4);
    expect(wrapText("成績 成績", 4)).toEqual(["成績", "成績"]);
  });

  it("indents the lines after the first under the text", () => {
    expect(wrapIndented("one two three four", 12, "  1. ")).toEqual(["  1. one two", "     three", "     four"]);
  });
});

describe("wrapParts", () => {
  it("breaks a summary between its parts, keeping the separator at the end of a line", () => {
    expect(wrapParts(["8 records", "5 matched", "catalog 1.0.0"], " · ", 24)).toEqual([
      "8 records · 5 matched ·",
      "catalog 1.0.0",
    ]);
  });

  it("leaves room for the separator a line ends with", () => {
    // The summary of a two-line log, which came out 82 columns wide at 80.
    const parts = [
      "2 records: 1 error, 0 warnings, 1 success",
      "1 matched, 0 unknown (100% explained)",
      "1 unresolved finding across 1 assignment",
      "catalog 2.2.0",
    ];
    expect(wrapParts(parts, " · ", 80)).toEqual([
      "2 records: 1 error, 0 warnings, 1 success ·",
      "1 matched, 0 unknown (100% explained) ·",
      "1 unresolved finding across 1 assignment · catalog 2.2.0",
    ]);
    for (const width of [20, 40, 60, 80]) {
      for (const line of wrapParts(parts, " · ", width)) expect(line.length, line).toBeLessThanOrEqual(width);
    }
  });
});

describe("fitColumns", () => {
  const specs = [
    { head: "Error", minWidth: 10 },
    { head: "SIS", minWidth: 6, dropOrder: 1 },
    { head: "Last seen", minWidth: 10, squeezeFirst: true },
    { head: "Count" },
  ];
  const cells = [["A rather long error title here", "powerschool", "2025-10-04 03:37 UTC", "12"]];

  it("keeps natural widths when they fit", () => {
    expect(fitColumns(specs, cells, 200)).toEqual({ kept: [0, 1, 2, 3], widths: [30, 11, 20, 5] });
  });

  it("wraps dates first, then the widest text, then leaves out columns in drop order", () => {
    // 4 columns take 13 columns of padding and borders.
    expect(fitColumns(specs, cells, 13 + 30 + 11 + 10 + 5)).toEqual({ kept: [0, 1, 2, 3], widths: [30, 11, 10, 5] });
    // A date that must wrap at all wraps to its narrowest, not to one column less than it needs.
    expect(fitColumns(specs, cells, 13 + 30 + 11 + 19 + 5)).toEqual({ kept: [0, 1, 2, 3], widths: [30, 11, 10, 5] });
    expect(fitColumns(specs, cells, 13 + 20 + 11 + 10 + 5)).toEqual({ kept: [0, 1, 2, 3], widths: [20, 11, 10, 5] });
    expect(fitColumns(specs, cells, 10 + 12 + 10 + 5)).toEqual({ kept: [0, 2, 3], widths: [12, 10, 5] });
  });
});
