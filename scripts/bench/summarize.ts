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
  // Each export's own csv-parse baseline: the district's and the high-cardinality one's.
  const baselines = new Map(
    cases
      .filter((c) => c.key === "parseOnly" || c.key === "parseOnlyWide")
      .map((c) => [c.file, { key: c.key, seconds: median((samples.get(c.key) ?? []).map((s) => s.seconds)) }]),
  );
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
      ratioToParseOnly: ratioOf(c, seconds, baselines),
      outputMegabytes: c.output === undefined ? null : statSync(c.output).size / 1e6,
      peakRssMb: Math.max(...taken.map((s) => s.peakRssMb)),
      runs: taken,
    });
  }
  return results;
}

function ratioOf(
  c: BenchCase,
  seconds: number,
  baselines: ReadonlyMap<string, { key: CaseKey; seconds: number }>,
): number | null {
  const base = baselines.get(c.file);
  if (base === undefined || base.key === c.key || c.command !== undefined || c.files !== undefined) return null;
  return seconds / base.seconds;
}
