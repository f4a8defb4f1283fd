import { statSync } from "node:fs";
import type { BenchCase, CaseKey } from "./cases.js";
import { median, type Sample } from "./measure.js";
import type { CaseResult } from "./targets.js";

/**
 * Per case: medians of wall and CPU time over the runs, the worst peak RSS, and throughput from the file's size.
 * The ratio to parse-only is given only for cases that read the very file the baseline parsed.
 */
export function summarize(
  cases: readonly BenchCase[],
  samples: ReadonlyMap<CaseKey, Sample[]>,
): Map<CaseKey, CaseResult> {
  const base = cases.find((c) => c.key === "parseOnly");
  const baseSeconds = median((samples.get("parseOnly") ?? []).map((s) => s.seconds));
  const results = new Map<CaseKey, CaseResult>();
  for (const c of cases) {
    const taken = samples.get(c.key) ?? [];
    const seconds = median(taken.map((s) => s.seconds));
    const megabytes = (c.files ?? [c.file]).reduce((sum, file) => sum + statSync(file).size, 0) / 1e6;
    results.set(c.key, {
      key: c.key,
      input: c.input,
      rows: c.rows,
      megabytes,
      seconds,
      cpuSeconds: median(taken.map((s) => s.cpuSeconds)),
      rowsPerSecond: c.rows / seconds,
      megabytesPerSecond: megabytes / seconds,
      ratioToParseOnly: c === base || c.file !== base?.file ? null : seconds / baseSeconds,
      peakRssMb: Math.max(...taken.map((s) => s.peakRssMb)),
      runs: taken,
    });
  }
  return results;
}
