import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/support/run-cli.js";
import { csvOf, shardsOf, syncRowsArb } from "../support/sync-log.js";

const dir = mkdtempSync(join(tmpdir(), "gpb-merge-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each shard in its own file, named so that the order given is also their name order (like split's output). */
function writeShards(run: number, shards: readonly string[][]): string[] {
  return shards.map((rows, i) => {
    const path = join(dir, `run${run}-shard-${String(i).padStart(3, "0")}.csv`);
    writeFileSync(path, csvOf(rows));
    return path;
  });
}

let runs = 0;

describe("gpb-analyze merge", () => {
  it("of the shards' --mergeable reports prints what one run over all the shards prints", async () => {
    await fc.assert(
      fc.asyncProperty(syncRowsArb, fc.array(fc.nat(), { maxLength: 6 }), async (rows, cuts) => {
        const files = writeShards(runs++, shardsOf(rows, cuts));
        const single = await runCli(["--format", "json", ...files]);
        const reports: string[] = [];
        for (const [i, file] of files.entries()) {
          const shard = await runCli(["--mergeable", file]);
          expect(shard.stderr).not.toMatch(/^error:/m);
          reports.push(`${file}.json`);
          writeFileSync(reports[i] as string, shard.stdout);
        }
        // With --mergeable both keep the success state, which must agree too, for merges of merged reports.
        const mergeable = await runCli(["merge", "--mergeable", ...reports]);
        expect(mergeable.stdout).toBe((await runCli(["--mergeable", ...files])).stdout);
        const merged = await runCli(["merge", ...reports]);
        expect(merged.stdout).toBe(single.stdout);
        expect(merged.code).toBe(single.code);
        // The same summary line; diagnostics were said while the shards were read.
        expect(merged.stderr.trimEnd()).toBe(single.stderr.trimEnd().split("\n").at(-1));
      }),
      { numRuns: 25 },
    );
    // About 200 CLI processes: 22 s alone, past the default 30 s when the machine is busy.
  }, 120_000);

  it("reads several reports one after another on stdin, and keeps the state for a further merge with --mergeable", async () => {
    const rows = fc.sample(syncRowsArb, { numRuns: 1, seed: 7 })[0] as string[];
    const files = writeShards(runs++, shardsOf(rows, [10, 30, 50]));
    const shards = await Promise.all(files.map((file) => runCli(["--mergeable", file])));
    const firstTwo = await runCli(["merge", "--mergeable", "-"], {
      stdin: shards[0]?.stdout + (shards[1]?.stdout ?? ""),
    });
    const rest = shards.slice(2).map((shard) => shard.stdout);
    const all = await runCli(["merge"], { stdin: [firstTwo.stdout, ...rest].join("") });
    const single = await runCli(["--format", "json", ...files]);
    expect(all.stdout).toBe(single.stdout);
    expect(JSON.parse(firstTwo.stdout).resolution).toBeInstanceOf(Array);
    expect(JSON.parse(all.stdout).resolution).toBeUndefined();
  });

  it("names one SIS one way when the shards spell it differently, as one run over them does", async () => {
    const header = "sis,course_id,assignment_id,student_id,status,message";
    const shards = [
      [header, "POWERSCHOOL,101,7,5001,error,Upstream hiccup", ",102,8,5002,error,Upstream hiccup"],
      [header, "PowerTeacher Pro,102,8,5003,error,Upstream hiccup", "PowerSchool,103,9,5004,error,Upstream hiccup"],
    ].map((lines, i) => {
      const path = join(dir, `spellings-${i}.csv`);
      writeFileSync(path, `${lines.join("\n")}\n`);
      return path;
    });
    const reports = [];
    for (const shard of shards) {
      const path = `${shard}.json`;
      writeFileSync(path, (await runCli(["--mergeable", shard])).stdout);
      reports.push(path);
    }
    const merged = await runCli(["merge", ...reports]);
    expect(merged.stdout).toBe((await runCli(["--format", "json", ...shards])).stdout);
    const groups = (JSON.parse(merged.stdout) as { groups: { sis: string | null }[] }).groups;
    expect(groups.map((group) => group.sis)).toEqual(["powerschool", "powerschool", "powerschool"]);
  });

  it("refuses to wait on a terminal, and names the report that is not one", async () => {
    const tty = await runCli(["merge"], { stdinIsTTY: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toMatch(/^error: expected report files, or reports piped on stdin, got a terminal on stdin/);
    const csv = await runCli(["merge", "tests/fixtures/cli/grade-sync.csv"]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/^error: tests\/fixtures\/cli\/grade-sync\.csv:1: not-a-report: expected a JSON report/);
    const refused = await runCli(["--mergeable", "--redact", "tests/fixtures/cli/grade-sync.csv"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^error: --mergeable cannot be combined with --redact/);
  });
});
