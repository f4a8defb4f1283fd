import { describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.js";

const BAD = "tests/fixtures/cli/bad-catalog";
const CUSTOM = "tests/fixtures/cli/custom-catalog";
const SEED_ID = "aspen-gradebook-column-type-no-default-grade-scale";
/** Every problem planted in the bad catalog, as `file: path: code`. */
const PLANTED = [
  "entries/aspen/aspen-broken.json: sis: schema",
  "entries/aspen/aspen-broken.json: title: schema",
  "entries/aspen/aspen-broken.json: fix: schema",
  "entries/aspen/aspen-broken.json: actsFirst: schema",
  "entries/aspen/aspen-broken.json: provenance.source: schema",
  // A file that is not JSON is located by line and column, as compilers do.
  "entries/aspen/aspen-truncated.json:1:8: json-parse",
];

describe("--catalog", () => {
  it("refuses an invalid directory with exit 2, listing every problem, and analyzes nothing", async () => {
    const { code, stdout, stderr } = await runCli(["tests/fixtures/cli/grade-sync.csv", "--catalog", BAD]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    // Named with the user's directory, so they cannot be mistaken for built-in files of the same name.
    for (const problem of PLANTED) expect(stderr).toContain(`${BAD}/${problem}`);
    expect(stderr).toMatch(/^error: the catalog has \d+ problems:$/m);
  });

  it("adds user entries that explain what the built-in catalog does not", async () => {
    const { stdout, stderr } = await runCli(["tests/fixtures/cli/grade-sync.csv", "--catalog", CUSTOM]);
    const report = JSON.parse(stdout);
    expect(report.catalog.version).toMatch(/\+custom$/);
    expect(report.unknown).toEqual([]);
    const findings = report.groups.flatMap((group: { findings: unknown[] }) => group.findings);
    expect(findings).toContainEqual(
      expect.objectContaining({
        entry: { id: "aspen-widget-frobnication", sis: "aspen", title: "Widget Frobnication Failed" },
        fix: { sisAdmin: ["Restart the widget service for widget 9981, then ask the teacher to sync again."] },
      }),
    );
    expect(report.entries["aspen-widget-frobnication"]).toMatchObject({
      meaning: "A district-specific Aspen plug-in rejected the score.",
      wording: "verified",
    });
    expect(stderr).not.toMatch(/^error:/m);
  });

  it("lets a user entry override a built-in one by id, and says so", async () => {
    const args = ["tests/fixtures/cli/warnings-only.csv", "--catalog", "tests/fixtures/cli/override-catalog"];
    const { stdout, stderr } = await runCli(args);
    const report = JSON.parse(stdout);
    const finding = report.groups[0].findings[0];
    expect(finding.entry.id).toBe("aspen-session-expired");
    expect(report.entries["aspen-session-expired"].fix).toEqual({
      canvasAdmin: ["Call the district help desk at extension 4242 about the Aspen session."],
    });
    expect(stderr).toMatch(/^catalog: catalog-override: aspen-session-expired: .* overrides /m);
  });
});

describe("catalog list", () => {
  it("prints version and entries as JSON", async () => {
    const { code, stdout } = await runCli(["catalog", "list", "--format", "json"]);
    expect(code).toBe(0);
    const listed = JSON.parse(stdout);
    expect(listed.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(listed.entries).toContainEqual({
      id: SEED_ID,
      sis: "aspen",
      title: "Given Gradebook Column Type",
      severity: "error",
      provenance: expect.objectContaining({ message: expect.stringMatching(/verified|inferred/) }),
      samples: {
        match: expect.arrayContaining([
          { line: "given GradebookColumnType does not have a default GradeScale", captures: {} },
        ]),
        noMatch: expect.arrayContaining([expect.any(String)]),
      },
    });
  });

  it("prints a table on a terminal", async () => {
    const env = { NO_COLOR: "1", COLUMNS: "160" };
    const { stdout } = await runCli(["catalog", "list"], { stdoutIsTTY: true, env });
    expect(stdout).toContain(SEED_ID);
    expect(stdout).toMatch(/catalog \S+: \d+ entries \(--format json has every field\)\n$/);
  });

  it("includes --catalog entries", async () => {
    const { stdout } = await runCli(["catalog", "list", "--format", "json", "--catalog", CUSTOM]);
    expect(JSON.parse(stdout).entries.map((entry: { id: string }) => entry.id)).toContain("aspen-widget-frobnication");
  });
});

describe("catalog show", () => {
  it("prints the meaning and the fix per person", async () => {
    const { code, stdout } = await runCli(["catalog", "show", SEED_ID]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Given Gradebook Column Type \(aspen-gradebook-column-type-no-default-grade-scale\)\n/);
    expect(stdout).toContain("Meaning:");
    expect(stdout).toContain("  Teacher:\n    - ");
  });

  it("says which SIS import problems an entry's error is linked to, or what an import problem breaks", async () => {
    const line = async (id: string) =>
      (await runCli(["catalog", "show", id])).stdout.split("\n").find((text) => /linked|Breaks/i.test(text));
    // A grade scale the SIS lacks is never blamed on an import; a student not in the section is, on the roster.
    expect(await line(SEED_ID)).toBe("Never linked to an SIS import problem as its cause");
    expect(await line("aeries-student-does-not-belong")).toMatch(
      /^Linked to SIS import problems that break the roster/,
    );
    expect(await line("canvas-sis-import-bad-date-course")).toBe(
      "Breaks for grade passback: the dates (a term or a date not applied)",
    );
    expect(await line("canvas-sis-import-group-validation")).toBe("Breaks nothing grade passback relies on");
  });

  it("prints the entry as JSON", async () => {
    const { stdout } = await runCli(["catalog", "show", SEED_ID, "--format", "json"]);
    expect(JSON.parse(stdout)).toMatchObject({ id: SEED_ID, sis: "aspen" });
  });

  it("exits 2 for an unknown id, suggesting close ones", async () => {
    const { code, stderr } = await runCli(["catalog", "show", "aspen-gradebook-column-type"]);
    expect(code).toBe(2);
    expect(stderr).toContain('got "aspen-gradebook-column-type", which no entry has; did you mean');
    expect(stderr).toContain(SEED_ID);
  });

  it("exits 2 without suggestions when nothing is close", async () => {
    const { code, stderr } = await runCli(["catalog", "show", "zzzzzzzzzzzz-qqqq"]);
    expect(code).toBe(2);
    expect(stderr).toContain("`gpb-analyze catalog list` lists them");
  });
});

describe("catalog validate", () => {
  it("checks the built-in catalog when no directory is given", async () => {
    const { code, stdout } = await runCli(["catalog", "validate"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^catalog OK: \d+ entries \(version \d+\.\d+\.\d+\)\n$/);
  });

  it("accepts a valid user directory", async () => {
    const { code, stdout } = await runCli(["catalog", "validate", CUSTOM]);
    expect(code).toBe(0);
    expect(stdout).toContain("+custom");
  });

  it("lists every problem as file[:line:column]: path: code: message and exits 2", async () => {
    const { code, stdout, stderr } = await runCli(["catalog", "validate", BAD]);
    expect(code).toBe(2);
    for (const problem of PLANTED) expect(stdout).toContain(problem);
    for (const line of stdout.trimEnd().split("\n"))
      expect(line).toMatch(/^[^:]+\.json(?::\d+:\d+)?: (?:[^:]+: )?[a-z-]+: .+/);
    expect(stderr).toMatch(/^catalog invalid: the catalog has \d+ problems\n$/);
  });
});
