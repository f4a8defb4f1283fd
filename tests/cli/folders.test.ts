import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.js";

const BIN = "packages/cli/dist/bin.js";
const dir = mkdtempSync(join(tmpdir(), "gpb-folders-"));
/** A folder as people keep one: the log export, a screenshot of the SIS and a PDF of the ticket beside it. */
const folder = join(dir, "ticket-4821");
const log = join(folder, "grade-sync.csv");
const png = join(folder, "gradebook.png");
const pdf = join(folder, "ticket.pdf");

beforeAll(() => {
  mkdirSync(folder);
  copyFileSync("tests/fixtures/cli/grade-sync.csv", log);
  writeFileSync(png, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
  writeFileSync(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Skip {
  code: string;
  line: number;
  message: string;
  source?: string;
}

/** The report's findings without the input's name, and its input-skipped diagnostics. */
function readReport(stdout: string) {
  const report = JSON.parse(stdout) as {
    inputs: { name: string; records: number }[];
    summary: { records: number; errors: number; unresolvedFindings: number };
    diagnostics: Skip[];
  };
  return { report, skips: report.diagnostics.filter((diagnostic) => diagnostic.code === "input-skipped") };
}

function expectSkips(skips: readonly Skip[]) {
  expect(skips).toEqual([
    expect.objectContaining({ source: png, line: 0, message: expect.stringContaining("but this is a PNG image") }),
    expect.objectContaining({ source: pdf, line: 0, message: expect.stringContaining("but this is a PDF document") }),
  ]);
  for (const skip of skips) expect(skip.message).toContain("expected a log export as text");
}

describe("a folder holding files that are no log", () => {
  it("skips them with a diagnostic (stderr and JSON), analyses the log and exits by its findings", async () => {
    const alone = await runCli([log, "--format", "json"]);
    const { code, stdout, stderr } = await runCli([folder, "--format", "json"]);
    expect(code).toBe(1);
    const { report, skips } = readReport(stdout);
    expect(report.inputs.map(({ name }) => name)).toEqual([log]);
    expect(report.summary).toMatchObject({
      records: readReport(alone.stdout).report.summary.records,
      unresolvedFindings: readReport(alone.stdout).report.summary.unresolvedFindings,
    });
    expectSkips(skips);
    expect(stderr).toContain(png);
    expect(stderr).toContain("a PNG image");
    expect(stderr).toContain(pdf);
    expect(stderr).toContain("a PDF document");
  });

  it("exits 2 when every file in the folders was skipped: nothing read is no clean log", async () => {
    const images = join(dir, "screenshots");
    mkdirSync(images);
    copyFileSync(png, join(images, "gradebook.png"));
    const { code, stdout, stderr } = await runCli([images, "--format", "json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(`${join(images, "gradebook.png")}: input-skipped:`);
    expect(stderr).toContain(
      `error: ${images}: no-records: expected a log export or an SIS import file, but every file there is no text and was skipped`,
    );
  });

  it("still exits 2 for an image named on the command line", async () => {
    const { code, stdout, stderr } = await runCli([png, "--format", "json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("binary-input");
    expect(stderr).toContain("but this is a PNG image");
  });

  it("still exits 2 for an image named beside a log", async () => {
    const { code, stderr } = await runCli([log, png, "--format", "json"]);
    expect(code).toBe(2);
    expect(stderr).toContain("but this is a PNG image");
  });

  // Worker threads need the built CLI (its worker script is a built file); CI builds before testing.
  it.skipIf(!existsSync(BIN))("skips them the same way when files are analysed on threads (--jobs 2)", () => {
    for (const jobs of ["1", "2", "3"]) {
      const result = spawnSync(process.execPath, [BIN, folder, "--format", "json", "--jobs", jobs], {
        encoding: "utf8",
        env: { PATH: process.env.PATH },
      });
      expect(result.status, result.stderr).toBe(1);
      const { report, skips } = readReport(result.stdout);
      expect(report.summary.unresolvedFindings).toBeGreaterThan(0);
      expectSkips(skips);
      expect(result.stderr).toContain("a PNG image");
      expect(result.stderr).toContain("a PDF document");
    }
  });
});
