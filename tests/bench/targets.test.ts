import { describe, expect, it } from "vitest";
import type { CaseKey } from "../../scripts/bench/cases.js";
import { renderTargets } from "../../scripts/bench/table.js";
import { type CaseResult, evaluateTargets, TARGET_ROWS } from "../../scripts/bench/targets.js";

/** Figures a slow machine could give: every target misses when judged. */
function results(rows: number): Map<CaseKey, CaseResult> {
  const result = (key: CaseKey, seconds: number, peakRssMb: number, caseRows = rows): CaseResult => ({
    key,
    input: key,
    rows: caseRows,
    megabytes: caseRows / 6500,
    seconds,
    cpuSeconds: seconds,
    rowsPerSecond: caseRows / seconds,
    megabytesPerSecond: caseRows / 6500 / seconds,
    ratioToParseOnly: null,
    outputMegabytes: key === "csvWide" ? 90 : null,
    peakRssMb,
    runs: [],
  });
  return new Map<CaseKey, CaseResult>([
    ["parseOnly", result("parseOnly", 1, 60)],
    ["csv", result("csv", 2, 250)],
    ["csvSmall", result("csvSmall", 1, 100, rows / 10)],
    ["ndjson", result("ndjson", 4, 120)],
    ["text", result("text", 4, 120)],
    ["csvPadded", result("csvPadded", 3, 150)],
    ["parseOnlyWide", result("parseOnlyWide", 1, 60)],
    ["csvWide", result("csvWide", 3, 300)],
    ["csvWideSmall", result("csvWideSmall", 1, 100, rows / 10)],
    ["mlr", result("mlr", 1, 1000)],
    ["mlrWide", result("mlrWide", 1, 1000)],
    ["sisImportParseOnly", result("sisImportParseOnly", 1, 60)],
    ["sisImport", result("sisImport", 3, 300)],
    ["sisImportFewRows", result("sisImportFewRows", 1, 100, rows / 4)],
  ]);
}

describe("bench targets", () => {
  it("are judged at the size they are set for", () => {
    const targets = evaluateTargets(results(TARGET_ROWS), TARGET_ROWS);
    expect(targets.map((t) => t.verdict)).toEqual(Array(targets.length).fill("miss"));
    expect(targets.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        "end-to-end CSV (high-cardinality) ≤ 1.25× csv-parse-only, wall and CPU",
        "default JSON report of the high-cardinality export ≤ 20 MB",
        "ahead of Miller (high-cardinality): less CPU and memory, wall time at par",
      ]),
    );
    expect(renderTargets(targets)).toMatch(/^MISS {2}end-to-end CSV/);
  });

  it("are shown but not judged in a smaller run such as --quick", () => {
    const targets = evaluateTargets(results(100_000), 100_000);
    expect(new Set(targets.map((t) => t.verdict))).toEqual(new Set(["not judged"]));
    const text = renderTargets(targets);
    expect(text).not.toContain("MISS");
    expect(text).toContain("not judged at 100,000 rows; the target is for 1,000,000 (2.00 s vs 1.00 s");
  });

  it("say which were not measured", () => {
    const partial = results(TARGET_ROWS);
    partial.delete("csvPadded");
    expect(evaluateTargets(partial, TARGET_ROWS).at(-1)?.verdict).toBe("not measured");
  });
});
