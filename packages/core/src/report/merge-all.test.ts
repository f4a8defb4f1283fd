import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testCatalog } from "../../../../tests/support/test-catalog.js";
import { createAnalysis } from "../analysis.js";
import { InputError } from "../errors.js";
import type { LogRecord } from "../records/log-record.js";
import { createReportMerger } from "./merge-all.js";
import { parseReport } from "./parse-report.js";
import type { Report } from "./report-schema.js";

function reportOf(records: readonly LogRecord[], mergeable = true): Report {
  const analysis = createAnalysis({ catalog: testCatalog, mergeable });
  for (const record of records) analysis.add(record);
  return analysis.report();
}

/** A log of hourly records cycling through errors, an unknown text and successes over a few courses. */
function log(length: number): LogRecord[] {
  const statuses = ["error", "success", "error", "warning", "info"] as const;
  const messages = ["User does not teach section 12", "Teacher lacks access to the gradebook", "odd failure 77"];
  return Array.from({ length }, (_, i) => ({
    line: i + 2,
    source: "export.csv",
    courseId: String(100 + (i % 3)),
    assignmentId: i % 2 === 0 ? "a" : "b",
    studentId: `s${i % 4}`,
    status: statuses[(i * 7) % statuses.length] as LogRecord["status"],
    message: messages[(i * 5) % messages.length] as string,
    timestamp: new Date(Date.UTC(2025, 8, 1, (i * 37) % 200)).toISOString(),
  }));
}

function merged(reports: readonly Report[]): Report {
  const merger = createReportMerger(testCatalog);
  for (const [i, report] of reports.entries()) merger.add({ name: `shard-${i}.json`, report });
  return merger.result();
}

function failure(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

describe("createReportMerger", () => {
  it("merges any number of shards, in order, into the report of the whole log", () => {
    const records = log(90);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 89 }), { maxLength: 12 }), (cuts) => {
        const bounds = [0, ...cuts.sort((a, b) => a - b), records.length];
        const shards = bounds.slice(1).map((end, i) => reportOf(records.slice(bounds[i], end)));
        expect(merged(shards)).toEqual(reportOf(records));
      }),
      { numRuns: 60 },
    );
  });

  it("refuses a report made without the mergeable option, another catalog or another schema version", () => {
    const shard = reportOf(log(10));
    const plain = failure(() => merged([shard, reportOf(log(10), false)]));
    expect(plain.code).toBe("not-mergeable");
    expect(plain.source).toBe("shard-1.json");
    expect(plain.message).toMatch(/expected a report made with --mergeable/);

    const other = { ...shard, catalog: { version: "1.2.3" } };
    expect(failure(() => merged([shard, other])).message).toMatch(
      /expected catalog .* \(as in shard-0\.json\), got catalog 1\.2\.3/,
    );
    expect(failure(() => merged([other])).message).toMatch(/expected reports made with catalog/);
    expect(failure(() => parseReport({ ...shard, schemaVersion: 3 }, "new.json")).message).toMatch(
      /expected a report of schema version 2, got schema version 3/,
    );
    expect(failure(() => parseReport({ ...shard, summary: null }, "x.json")).message).toMatch(/but summary: /);
    expect(failure(() => parseReport([shard], "x.json")).message).toMatch(/got an array/);
  });
});
