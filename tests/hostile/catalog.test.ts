import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/support/run-cli.js";
import { expectCleanStderr, TIMEOUT } from "./support.js";

const EXPORT = "tests/fixtures/cli/grade-sync.csv";
const CUSTOM_ENTRY = "tests/fixtures/cli/custom-catalog/entries/aspen/aspen-widget-frobnication.json";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gpb-catalog-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A user catalog is refused as a whole: exit 2, nothing analyzed, every problem on its own line. */
async function refusedCatalog(catalogDir: string): Promise<string[]> {
  const { code, stdout, stderr } = await runCli([EXPORT, "--catalog", catalogDir]);
  expect(code).toBe(2);
  // No report at all: a fallback to the built-in catalog would print one.
  expect(stdout).toBe("");
  expectCleanStderr(stderr);
  const lines = stderr.trimEnd().split("\n");
  expect(lines[0]).toMatch(/^error: the catalog has \d+ problems?:$/);
  return lines.slice(1);
}

describe("a user catalog that cannot be used", () => {
  it(
    "refuses a super-linear regex, naming the entry and the danger",
    async () => {
      const entry = JSON.parse(await readFile(CUSTOM_ENTRY, "utf8"));
      const redos = {
        ...entry,
        match: { pattern: "^(a+)+$", literal: "aaaa", captures: [] },
        fix: { sisAdmin: ["Restart the widget service."] },
        samples: { match: [{ line: "aaaa", captures: {} }], noMatch: ["b"] },
      };
      const catalogDir = join(dir, "redos");
      await mkdir(join(catalogDir, "entries", "aspen"), { recursive: true });
      await writeFile(join(catalogDir, "entries/aspen/aspen-widget-frobnication.json"), JSON.stringify(redos));
      const problems = await refusedCatalog(catalogDir);
      expect(problems).toContainEqual(
        expect.stringMatching(
          /^ {2}.*redos\/entries\/aspen\/aspen-widget-frobnication\.json: match\.pattern: redos-nested-quantifier: /,
        ),
      );
    },
    TIMEOUT,
  );

  it.each([
    [
      "a directory that does not exist",
      "missing",
      /missing: source-unreadable: cannot read .*missing: no such directory/,
    ],
    ["an empty directory", "empty", /empty: source-unreadable: .*expected catalog entries .* but it holds none$/],
    ["a file instead of a directory", "entry.json", /entry\.json: source-unreadable: .*expected a directory/],
  ])(
    "refuses %s",
    async (_, name, problem) => {
      await mkdir(join(dir, "empty"), { recursive: true });
      await cp(CUSTOM_ENTRY, join(dir, "entry.json"));
      const problems = await refusedCatalog(join(dir, name));
      expect(problems).toEqual([expect.stringMatching(problem)]);
    },
    TIMEOUT,
  );

  it(
    "lists every broken file, one problem per line even when the parser quotes a line break",
    async () => {
      const catalogDir = join(dir, "not-json");
      await mkdir(catalogDir, { recursive: true });
      await writeFile(join(catalogDir, "aspen-one.json"), "not json {\n}");
      await writeFile(join(catalogDir, "aspen-two.json"), "\u0089PNG\r\n");
      const problems = await refusedCatalog(catalogDir);
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(
        /^ {2}.*not-json\/aspen-one\.json:1:2: json-parse: not valid JSON: Unexpected token 'o'/,
      );
      expect(problems[1]).toMatch(/^ {2}.*not-json\/aspen-two\.json:1:1: json-parse: /);
    },
    TIMEOUT,
  );
});
