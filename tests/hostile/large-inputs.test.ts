import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OVERFLOW_TEMPLATE } from "../../packages/core/src/aggregate/aggregation.js";
import { LIMITS } from "../../packages/core/src/limits.js";
import { runCli } from "../cli/support/run-cli.js";
import { analyzed, countsByEntry, refused, TIMEOUT } from "./support.js";

// Generated here, never committed: each is megabytes or pathologically shaped.
const SEED_MESSAGE = "given GradebookColumnType does not have a default GradeScale";
const SEED = "aspen-gradebook-column-type-no-default-grade-scale";
const MB20 = 20 * 1024 * 1024;
const DEPTH = 100_000;

let dir: string;
const path = (name: string) => join(dir, name);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gpb-large-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const row = (message: string) => `aspen,1234,55,failed,${message}`;
const HEADER = "sis,course_id,assignment_id,status,message";

describe("large and deep inputs finish, and keep the valid records around them", () => {
  it(
    "a 20 MB single line: one record, its message cut to a size every later stage can afford",
    async () => {
      await writeFile(path("one-line.log"), `ERROR ${"x".repeat(MB20)}`);
      const { report, stderr } = await analyzed([path("one-line.log")]);
      expect(report.summary.records).toBe(1);
      expect(stderr).toMatch(/one-line\.log:1: message-truncated: the message on line 1 is \d+ characters long/);
    },
    TIMEOUT,
  );

  it(
    "a 20 MB message that a catalog literal prefilter lets through to the regexes still finishes",
    async () => {
      // Starts like PowerSchool's "User does not teach section" message, then a run that backtracking engines chew on.
      const hostile = `User does not teach section ${"5".repeat(MB20)} `;
      await writeFile(path("regex.csv"), `${HEADER}\n${row(hostile)}\n${row(SEED_MESSAGE)}\n`);
      const { report } = await analyzed([path("regex.csv")]);
      expect(report.summary.records).toBe(2);
      expect(countsByEntry(report)[SEED]).toBe(1);
    },
    TIMEOUT,
  );

  it(
    "a CSV with 5,000 columns maps the known ones and lists the rest briefly",
    async () => {
      const extra = Array.from({ length: 5000 }, (_, index) => `extra_${index}`);
      const values = extra.map((_, index) => String(index));
      const lines = [
        [HEADER, ...extra],
        [row(SEED_MESSAGE), ...values],
        [row(SEED_MESSAGE), ...values],
      ];
      await writeFile(path("wide.csv"), `${lines.map((cells) => cells.join(",")).join("\n")}\n`);
      const { report, stderr } = await analyzed([path("wide.csv")]);
      expect(countsByEntry(report)).toEqual({ [SEED]: 2 });
      expect(stderr).toMatch(/ignored: extra_0, .*extra_19 and 4980 more\n/);
    },
    TIMEOUT,
  );

  it(
    "more distinct unexplained messages than the report keeps: the rest are counted under one template",
    async () => {
      const kept = LIMITS.unexplainedTemplates;
      // Letters, not digits, so that masking leaves each message a template of its own.
      const word = (index: number) =>
        Array.from({ length: 4 }, (_, place) => String.fromCharCode(97 + (Math.floor(index / 26 ** place) % 26)));
      const rows = Array.from({ length: kept + 10 }, (_, index) =>
        row(`Gradebook refused the ${word(index).join("")} column`),
      );
      await writeFile(path("many-unknown.csv"), `${HEADER}\n${rows.join("\n")}\n`);
      const { report, stdout } = await analyzed([path("many-unknown.csv")]);
      expect(report.summary.unknown).toBe(kept + 10);
      const { unknown } = JSON.parse(stdout) as { unknown: { template: string; count: number }[] };
      expect(unknown).toHaveLength(kept + 1);
      expect(unknown.find((template) => template.template === OVERFLOW_TEMPLATE)?.count).toBe(10);
    },
    TIMEOUT,
  );

  it(
    "JSON nested 100,000 levels deep does not overflow the stack",
    async () => {
      await writeFile(path("deep.json"), `${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}`);
      const { error } = await refused([path("deep.json")]);
      expect(error).toMatch(/deep\.json: no-records: expected an array of log records/);
    },
    TIMEOUT,
  );

  it(
    "a record nested 100,000 levels deep between two valid ones",
    async () => {
      const valid = JSON.stringify({ sis: "aspen", status: "failed", message: SEED_MESSAGE });
      const deep = `{"status":"failed","message":${'{"a":'.repeat(DEPTH)}1${"}".repeat(DEPTH)}}`;
      await writeFile(path("deep-record.json"), `[${valid},\n${deep},\n${valid}]`);
      await writeFile(path("deep-record.ndjson"), `${valid}\n${deep}\n${valid}\n`);
      for (const name of ["deep-record.json", "deep-record.ndjson"]) {
        const { report } = await analyzed([path(name)]);
        expect(countsByEntry(report)[SEED], name).toBe(2);
      }
    },
    TIMEOUT,
  );

  it(
    "a JSON object nested 100,000 levels deep is refused as holding no records",
    async () => {
      await writeFile(path("deep-object.json"), `${'{"a":'.repeat(DEPTH)}1${"}".repeat(DEPTH)}`);
      const { code, stderr } = await runCli([path("deep-object.json")]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^error: .*deep-object\.json: no-records: /m);
    },
    TIMEOUT,
  );
});
