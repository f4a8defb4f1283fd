import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LogRecord } from "../../packages/core/src/records/log-record.js";
import { problems, readAll } from "./helpers.js";

/** The canonical sample exports, bundled with the repository (also what the README's first command runs on). */
const SAMPLES = new URL("../fixtures/examples/", import.meta.url).pathname;

describe("the canonical samples", () => {
  it.each([
    ["grade-sync-export.csv", "csv", 494],
    ["grade-sync-export.ndjson", "ndjson", 230],
    ["grade-sync.log", "text", 211],
    ["grade-sync-week.csv", "csv", 20],
    ["grade-sync-service.log.gz", "text", 8],
  ])("%s reads as %s with %i records and no problems", async (file, shape, count) => {
    const { records, diagnostics, info } = await readAll(readFileSync(`${SAMPLES}/${file}`), { source: file });
    expect(info?.shape).toBe(shape);
    expect(problems(diagnostics)).toEqual([]);
    expect(records).toHaveLength(count);
    for (const record of records) expect(LogRecord.safeParse(record).success).toBe(true);
    expect(records.every((record) => record.source === file)).toBe(true);
    expect(records.some((record) => record.status === "error")).toBe(true);
    expect(records.some((record) => record.status === "success")).toBe(true);
  });
});
