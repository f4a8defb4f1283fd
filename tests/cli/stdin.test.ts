import { readFile } from "node:fs/promises";
import { Report } from "@sis/core";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.js";

const FIXTURES = "tests/fixtures/cli";
const report = (stdout: string) => Report.parse(JSON.parse(stdout));

describe("inputs", () => {
  it("reads a piped export when no file is given", async () => {
    const csv = await readFile(`${FIXTURES}/grade-sync.csv`);
    const { code, stdout } = await runCli([], { stdin: csv });
    expect(code).toBe(1);
    expect(report(stdout).inputs).toEqual([{ name: "-", shape: "csv", encoding: "utf-8", records: 8 }]);
  });

  it("reads stdin for `-` next to files", async () => {
    const { stdout } = await runCli([`${FIXTURES}/warnings-only.csv`, "-"], { stdin: "Aspen session has expired\n" });
    expect(report(stdout).inputs.map((input) => input.name)).toEqual([`${FIXTURES}/warnings-only.csv`, "-"]);
  });

  it("reads gzip-compressed files", async () => {
    const { code, stdout } = await runCli([`${FIXTURES}/seed.csv.gz`]);
    expect(code).toBe(1);
    const parsed = report(stdout);
    expect(parsed.inputs[0]?.encoding).toContain("gzip");
    expect(parsed.groups[0]?.findings[0]?.entry?.title).toBe("Given Gradebook Column Type");
  });

  it("reads gzip on stdin too", async () => {
    const { stdout } = await runCli([], { stdin: await readFile(`${FIXTURES}/seed.csv.gz`) });
    expect(report(stdout).summary.matched).toBe(1);
  });

  it("aggregates several files into one report", async () => {
    const files = [`${FIXTURES}/grade-sync.csv`, `${FIXTURES}/resolved-only.csv`];
    expect(report((await runCli(files)).stdout).summary.records).toBe(10);
  });
});
