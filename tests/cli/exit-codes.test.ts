import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.js";

const FIXTURES = "tests/fixtures/cli";

describe("exit codes", () => {
  it("0 when every finding was resolved by a later success", async () => {
    expect((await runCli([`${FIXTURES}/resolved-only.csv`])).code).toBe(0);
  });

  it("1 when an unresolved error is found", async () => {
    expect((await runCli([`${FIXTURES}/grade-sync.csv`])).code).toBe(1);
  });

  it("the same codes when the format prints records, not the report (ndjson)", async () => {
    expect((await runCli([`${FIXTURES}/grade-sync.csv`, "--format", "ndjson"])).code).toBe(1);
    expect((await runCli([`${FIXTURES}/resolved-only.csv`, "--format", "ndjson"])).code).toBe(0);
    expect((await runCli([`${FIXTURES}/grade-sync.csv`, "--format", "ndjson", "--fail-on", "never"])).code).toBe(0);
  });

  it("0 for warnings by default, 1 with --fail-on warning", async () => {
    const file = `${FIXTURES}/warnings-only.csv`;
    expect((await runCli([file])).code).toBe(0);
    expect((await runCli([file, "--fail-on", "warning"])).code).toBe(1);
  });

  it("0 with --fail-on never, whatever was found", async () => {
    expect((await runCli([`${FIXTURES}/grade-sync.csv`, "--fail-on", "never"])).code).toBe(0);
  });

  it("2 for a file that does not exist, naming it", async () => {
    const { code, stderr, stdout } = await runCli([`${FIXTURES}/nope.csv`]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^error: tests\/fixtures\/cli\/nope\.csv: unreadable-input: cannot read .*nope\.csv: no such file\n$/,
    );
  });

  it("2 for empty input on stdin, without a stack trace", async () => {
    const { code, stderr } = await runCli([], { stdin: "" });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: stdin: empty-input: /);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("2 for a folder with no file in it (a folder stands for the files under it)", async () => {
    const empty = await mkdtemp(join(tmpdir(), "gpb-empty-"));
    const { code, stderr } = await runCli([empty]);
    await rm(empty, { recursive: true });
    expect(code).toBe(2);
    expect(stderr).toContain(`expected files in the folder ${empty}, but it holds none`);
  });

  it("2 for an unknown option, with a usage hint", async () => {
    const { code, stderr } = await runCli(["--frobnicate"]);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--frobnicate'");
    expect(stderr).toContain("gpb-analyze --help");
  });

  it("2 for a value outside an option's choices, listing them", async () => {
    const { code, stderr } = await runCli(["--format", "xml"], { stdin: "x" });
    expect(code).toBe(2);
    expect(stderr).toContain("Allowed choices are table, json, ndjson, markdown, escalation");
  });

  it("2 for a --canvas-url that is not a URL", async () => {
    const { code, stderr } = await runCli(["--canvas-url", "school"], { stdin: "x" });
    expect(code).toBe(2);
    expect(stderr).toContain('--canvas-url expects a URL such as https://school.instructure.com, got "school"');
  });

  it("2 with usage instead of waiting when stdin is a terminal and no file is given", async () => {
    const { code, stderr } = await runCli([], { stdinIsTTY: true });
    expect(code).toBe(2);
    expect(stderr).toContain("got a terminal on stdin");
    expect(stderr).toContain("Usage: gpb-analyze");
  });

  it("2 when stdin is named twice", async () => {
    const { code, stderr } = await runCli(["-", "-"], { stdin: "x" });
    expect(code).toBe(2);
    expect(stderr).toContain('expected "-" (stdin) at most once');
  });

  it("0 for --help, printed on stdout", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("--fail-on <level>");
    expect(stdout).toContain("Exit codes: 0");
  });
});
