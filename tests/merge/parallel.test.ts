import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvOf, SYNC_LOG_HEADER, syncRowsArb } from "../support/sync-log.js";

const BIN = "packages/cli/dist/bin.js";
const dir = mkdtempSync(join(tmpdir(), "gpb-parallel-"));
let files: string[] = [];

function run(args: readonly string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { PATH: process.env.PATH } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same command as a child process that runs alongside the others. */
function runAsync(args: readonly string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH } });
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout }));
  });
}

// Threads and processes need the built CLI (its worker script is a built file); CI builds before testing.
describe.skipIf(!existsSync(BIN))("analysing files in parallel", () => {
  beforeAll(() => {
    files = fc.sample(syncRowsArb, { numRuns: 8, seed: 42 }).map((shard, i) => {
      const path = join(dir, `export-${i}.csv`);
      writeFileSync(path, csvOf(shard));
      return path;
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("on worker threads prints what one thread prints, as JSON, as a table and with --mergeable", () => {
    expect(files).toHaveLength(8);
    // JSON is written as groups are built, the table from the whole report: both ways of rendering.
    for (const format of ["json", "table"]) {
      const threads = run(["--format", format, "--jobs", "4", ...files]);
      const one = run(["--format", format, "--jobs", "1", ...files]);
      expect(threads.stdout, format).toBe(one.stdout);
      expect(threads.stderr, format).toBe(one.stderr);
      expect(threads.code, format).toBe(one.code);
    }
    expect(run(["--mergeable", "--jobs", "2", ...files]).stdout).toBe(
      run(["--mergeable", "--jobs", "1", ...files]).stdout,
    );
  });

  it("on threads reads inputs as --input-format asks, as one thread does", () => {
    const notes = "tests/fixtures/hostile/not-logs/notes.md";
    expect(run(["--jobs", "2", notes, notes]).code).toBe(2);
    const threads = run(["--format", "json", "--input-format", "text", "--jobs", "2", notes, notes]);
    expect(threads.code).toBe(1);
    expect(JSON.parse(threads.stdout).summary.records).toBe(26);
  });

  it("on threads keeps one run's order for records without timestamps, and fails like one thread", () => {
    const untimedError = join(dir, "untimed-error.csv");
    const untimedSuccess = join(dir, "untimed-success.csv");
    const header = SYNC_LOG_HEADER.replace("timestamp,", "");
    writeFileSync(
      untimedError,
      `${header}\naspen,1,Course 1,7,Quiz,5001,A,error,given GradebookColumnType does not have a default GradeScale\n`,
    );
    writeFileSync(untimedSuccess, `${header}\naspen,1,Course 1,7,Quiz,5001,A,success,\n`);
    const pair = [untimedError, untimedSuccess];
    const threads = run(["--format", "json", "--jobs", "2", ...pair]);
    expect(threads.stdout).toBe(run(["--format", "json", "--jobs", "1", ...pair]).stdout);
    expect(JSON.parse(threads.stdout).groups[0].findings[0].resolved).toBe(true);

    const missing = [files[0] as string, join(dir, "missing.csv"), files[1] as string];
    const failed = run(["--jobs", "2", ...missing]);
    expect(failed.code).toBe(2);
    expect(failed.stderr.trimEnd().split("\n").at(-1)).toBe(
      run(["--jobs", "1", ...missing])
        .stderr.trimEnd()
        .split("\n")
        .at(-1),
    );
  });

  it("as separate processes running at once, whose --mergeable reports merge into the single run's report", async () => {
    const shards = await Promise.all(files.map((file) => runAsync(["--mergeable", "--quiet", file])));
    const reports = shards.map((shard, i) => {
      const path = join(dir, `shard-${i}.json`);
      writeFileSync(path, shard.stdout);
      return path;
    });
    const merged = run(["merge", ...reports]);
    const single = run(["--format", "json", "--jobs", "1", ...files]);
    expect(merged.stdout).toBe(single.stdout);
    expect(merged.code).toBe(single.code);
  });
});
