import { describe, expect, it } from "vitest";
import { FORMATS } from "../../packages/cli/src/render/format.js";
import { runCli } from "../cli/support/run-cli.js";
import { HOSTILE, TIMEOUT } from "./support.js";

/**
 * tests/cli/redact.test.ts covers a CSV with names in their own columns. These fixtures hide the same kind of data
 * where it is easier to miss: ids inside matched messages (`Student.id [98659]`), names in course and assignment
 * names and in unknown messages, emails of other people, nested JSON objects, text-log pairs, an NDJSON line cut
 * short and cells that land in the wrong column, whose diagnostics must name the column and line, not the value.
 */
const FIXTURES = ["students.csv", "students.json", "students.ndjson", "students.log"].map(
  (name) => `${HOSTILE}/redaction/${name}`,
);
const ORIGINALS = [
  "Jane",
  "Doe",
  "98659",
  "jane.doe",
  "school.org",
  "Quentin",
  "Blackwood",
  "77120",
  "Persimmon",
  "Okonkwo",
  "Lindqvist",
  "66431",
  "district.k12.us",
];

describe("--redact over hostile fixtures", () => {
  for (const fixture of FIXTURES) {
    for (const format of FORMATS) {
      it(
        `leaves no student in ${format} output or on stderr for ${fixture.split("/").pop()}`,
        async () => {
          // A terminal on both streams: colour, progress and every diagnostic line are printed too.
          const args = [fixture, "--redact", "--format", format, "--group-by", "error"];
          const { code, stdout, stderr } = await runCli(args, { stdoutIsTTY: true, stderrIsTTY: true, now: () => 0 });
          expect(code).toBe(1);
          expect(stdout.length).toBeGreaterThan(0);
          for (const original of ORIGINALS) {
            expect(stdout, `stdout mentions ${original}`).not.toContain(original);
            expect(stderr, `stderr mentions ${original}`).not.toContain(original);
          }
        },
        TIMEOUT,
      );
    }
  }

  it(
    "without --redact the fixtures do name them (the tests above are not vacuous)",
    async () => {
      for (const fixture of FIXTURES) {
        const { stdout, stderr } = await runCli([fixture, "--format", "json"]);
        const named = ORIGINALS.filter((original) => `${stdout}${stderr}`.includes(original));
        expect(named.length, fixture).toBeGreaterThanOrEqual(6);
      }
    },
    TIMEOUT,
  );

  it(
    "diagnostics about misplaced cells name the column and the line, not the cell",
    async () => {
      const { stderr } = await runCli([`${HOSTILE}/redaction/students.csv`, "--format", "json"]);
      expect(stderr).toMatch(
        /students\.csv:5: unparseable-date: "timestamp" holds a value on line 5 that is not a date/,
      );
      expect(stderr).toMatch(/students\.csv:5: column-unmapped: "status" holds a value on line 5 that is not a known/);
      const { stderr: ndjson } = await runCli([`${HOSTILE}/redaction/students.ndjson`, "--format", "json"]);
      expect(ndjson).toMatch(/students\.ndjson:2: malformed-json: line 2 is not valid JSON \([^)"]+\); skipped/);
    },
    TIMEOUT,
  );
});
