import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const BIN = "packages/cli/dist/bin.js";
const SEED = "given GradebookColumnType does not have a default GradeScale\n";

function run(args: string[], input = "") {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: "utf8",
    env: { PATH: process.env.PATH },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Only after `pnpm --filter @sis/cli build`; everything that matters also runs in-process in the other tests.
describe.skipIf(!existsSync(BIN))("the built bin", () => {
  it("starts with a shebang", () => {
    expect(readFileSync(BIN, "utf8").split("\n")[0]).toBe("#!/usr/bin/env node");
  });

  it("explains the seed line piped on stdin, as json by default in a pipe", () => {
    const { code, stdout } = run([], SEED);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).groups[0].findings[0].entry.title).toBe("Given Gradebook Column Type");
  });

  it("exits 2 without a stack trace for an unknown option and a missing file", () => {
    for (const args of [["--nope"], ["does-not-exist.csv"]]) {
      const { code, stderr } = run(args);
      expect(code).toBe(2);
      expect(stderr).not.toMatch(/^\s+at /m);
    }
  });
});
