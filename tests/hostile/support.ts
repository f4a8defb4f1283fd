import { expect } from "vitest";
import { type RunResult, runCli } from "../cli/support/run-cli.js";

export const HOSTILE = "tests/fixtures/hostile";

/** Generous: the slowest case reads 20 MB; a hang fails the test instead of stalling the suite. */
export const TIMEOUT = 20_000;

/** What a user sees of a failure: the error line, never a stack trace or an exception's class name. */
export function expectCleanStderr(stderr: string): void {
  expect(stderr, "stack frame on stderr").not.toMatch(/^\s+at /m);
  expect(stderr, "exception class on stderr").not.toMatch(/\b[A-Z]\w*Error\b(?::|\s*\{)|^Error: /m);
  expect(stderr).not.toContain("internal error");
}

/** Runs the CLI expecting it to refuse the input: exit 2, nothing on stdout, one clean error line. */
export async function refused(args: readonly string[]): Promise<{ stderr: string; error: string }> {
  const { code, stdout, stderr } = await runCli(args);
  expect(code).toBe(2);
  expect(stdout).toBe("");
  expectCleanStderr(stderr);
  const errors = stderr.split("\n").filter((line) => line.startsWith("error: "));
  expect(errors).toHaveLength(1);
  return { stderr, error: errors[0] as string };
}

export interface ReadReport {
  summary: { records: number; errors: number; matched: number; unknown: number };
  inputs: { records: number; encoding: string; shape: string }[];
  groups: { findings: { count: number; entry: { id: string } | null }[] }[];
  diagnostics: { line: number; code: string; message: string }[];
}

/** Runs the CLI with --format json on an input it must read (exit 0 or 1) and returns the report. */
export async function analyzed(args: readonly string[]): Promise<RunResult & { report: ReadReport }> {
  const result = await runCli([...args, "--format", "json"]);
  expect(result.code, result.stderr).toBeLessThan(2);
  expectCleanStderr(result.stderr);
  return { ...result, report: JSON.parse(result.stdout) as ReadReport };
}

/** Total count of findings per catalog entry id (null for unknown), over every group. */
export function countsByEntry(report: ReadReport): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const group of report.groups) {
    for (const finding of group.findings) {
      const key = finding.entry?.id ?? "unknown";
      counts[key] = (counts[key] ?? 0) + finding.count;
    }
  }
  return counts;
}
