import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { CATALOG_PROBLEM_CODES } from "../../packages/core/src/catalog/problem-codes.js";

const contributing = await readFile("CONTRIBUTING.md", "utf8");
const ci = await readFile(".ci/run", "utf8");

/** The commands of CONTRIBUTING's "Test locally" block that it marks as CI's, in their order. */
function ciStepsInContributing(): string[] {
  const block = /### Test locally[\s\S]*?```sh\n([\s\S]*?)```/.exec(contributing)?.[1] ?? "";
  return block
    .split("\n")
    .filter((line) => /#\s*CI:/.test(line))
    .map((line) => line.replace(/#.*$/, "").trim());
}

/** CI's pnpm commands, in the order .ci/run runs them. */
function ciSteps(): string[] {
  return ci
    .split("\n")
    .map((line) => /^(?:run )?(pnpm (?!install|exec)[\w:-]+)\s*$/.exec(line.trim())?.[1])
    .filter((step): step is string => step !== undefined);
}

describe("CONTRIBUTING.md", () => {
  it("lists CI's catalog steps exactly as .ci/run runs them, in the same order", () => {
    const listed = ciStepsInContributing();
    expect(listed).toEqual(["pnpm build", "pnpm lint", "pnpm catalog:check", "pnpm test"]);
    const run = ciSteps();
    expect(run.filter((step) => listed.includes(step))).toEqual(listed);
  });

  it("says how to fix the formatting the lint step checks, and to regenerate, before those steps", () => {
    expect(contributing).toMatch(/```sh\npnpm format[^\n]*\npnpm generate[^\n]*\npnpm build/);
  });

  it("describes every check's code", () => {
    for (const code of CATALOG_PROBLEM_CODES) expect(contributing, code).toContain(`| \`${code}\``);
  });
});
