import type { CaseKey } from "./cases.js";

/** Figures of one case: medians over the runs, peak RSS as the worst run. */
export interface CaseResult {
  key: CaseKey;
  input: string;
  rows: number;
  megabytes: number;
  seconds: number;
  cpuSeconds: number;
  rowsPerSecond: number;
  megabytesPerSecond: number;
  ratioToParseOnly: number | null;
  /** MB written to stdout, for cases whose output size is a figure (the report). */
  outputMegabytes: number | null;
  peakRssMb: number;
  runs: { seconds: number; cpuSeconds: number; peakRssMb: number }[];
}

export type Verdict = "pass" | "miss" | "not measured" | "not judged";

export interface TargetResult {
  name: string;
  verdict: Verdict;
  detail: string;
}

const RSS_LIMIT_MB = 160;
const WIDE_REPORT_LIMIT_MB = 20;

/**
 * The size every target is set for: a district's year. At fewer rows start-up and catalog compilation weigh more
 * and memory has not grown to its plateau, so a smaller run (such as --quick's 100k) shows its figures but judges
 * nothing: a MISS there would say nothing about the target.
 */
export const TARGET_ROWS = 1_000_000;

/**
 * The performance targets (issue 6's, and for the high-cardinality shape issue 20's), each with the figures it is judged on: "not measured" when a case is missing, "not judged"
 * when the run had fewer rows than TARGET_ROWS.
 */
export function evaluateTargets(results: ReadonlyMap<CaseKey, CaseResult>, rows: number): TargetResult[] {
  const get = (key: CaseKey) => results.get(key);
  const csv = get("csv");
  const base = get("parseOnly");
  const small = get("csvSmall");
  const padded = get("csvPadded");
  const large = (["csv", "ndjson", "text", "csvPadded", "csvWide"] as const).flatMap((key) => get(key) ?? []);
  const worst = large.reduce<CaseResult | undefined>(
    (a, b) => (a === undefined || b.peakRssMb > a.peakRssMb ? b : a),
    undefined,
  );
  const rowsLabel = csv === undefined ? "" : `${csv.rows.toLocaleString("en-US")} rows`;
  const check = (
    name: string,
    a: CaseResult | undefined,
    b: CaseResult | undefined,
    judge: (a: CaseResult, b: CaseResult) => [boolean, string],
  ): TargetResult => {
    if (a === undefined || b === undefined) return { name, verdict: "not measured", detail: "not measured" };
    const [passed, detail] = judge(a, b);
    if (rows < TARGET_ROWS) {
      const sizes = `${rows.toLocaleString("en-US")} rows; the target is for ${TARGET_ROWS.toLocaleString("en-US")}`;
      return { name, verdict: "not judged", detail: `not judged at ${sizes} (${detail})` };
    }
    return { name, verdict: passed ? "pass" : "miss", detail };
  };
  // Both shapes: the district's own, and one where nearly every error hits a different student.
  const shapes = [
    { label: "", csv, base, small },
    { label: " (high-cardinality)", csv: get("csvWide"), base: get("parseOnlyWide"), small: get("csvWideSmall") },
  ];
  return [
    ...shapes.flatMap((shape) => [
      check(`end-to-end CSV${shape.label} ≤ 1.25× csv-parse-only, wall and CPU`, shape.csv, shape.base, (a, b) => [
        a.seconds <= 1.25 * b.seconds && a.cpuSeconds <= 1.25 * b.cpuSeconds,
        `${a.seconds.toFixed(2)} s vs ${b.seconds.toFixed(2)} s = ${(a.seconds / b.seconds).toFixed(2)}× (CPU time: ${(a.cpuSeconds / b.cpuSeconds).toFixed(2)}×)`,
      ]),
      check(`RSS(1M) ≤ 1.2× RSS(100k) (CSV${shape.label})`, shape.csv, shape.small, (a, b) => [
        a.peakRssMb <= 1.2 * b.peakRssMb,
        `${a.peakRssMb.toFixed(0)} MB at ${a.rows} rows vs ${b.peakRssMb.toFixed(0)} MB at ${b.rows} rows = ${(a.peakRssMb / b.peakRssMb).toFixed(2)}×`,
      ]),
    ]),
    check(`peak RSS ≤ ${RSS_LIMIT_MB} MB at ${rowsLabel}`, worst, worst, (a) => [
      a.peakRssMb <= RSS_LIMIT_MB,
      `worst ${a.peakRssMb.toFixed(0)} MB (${a.input}); ${large.map((c) => `${c.key} ${c.peakRssMb.toFixed(0)}`).join(", ")}`,
    ]),
    check(
      `default JSON report of the high-cardinality export ≤ ${WIDE_REPORT_LIMIT_MB} MB`,
      get("csvWide"),
      get("csvWide"),
      (a) => [
        (a.outputMegabytes ?? Number.POSITIVE_INFINITY) <= WIDE_REPORT_LIMIT_MB,
        `${(a.outputMegabytes ?? Number.NaN).toFixed(1)} MB`,
      ],
    ),
    ...millerChecks(get, check),
    ...(["ndjson", "text"] as const).map((key) =>
      check(`${key} MB/s ≥ CSV MB/s`, get(key), csv, (a, b) => [
        a.megabytesPerSecond >= b.megabytesPerSecond,
        `${a.megabytesPerSecond.toFixed(1)} vs ${b.megabytesPerSecond.toFixed(1)} MB/s (per CPU second: ${(a.megabytes / a.cpuSeconds).toFixed(1)} vs ${(b.megabytes / b.cpuSeconds).toFixed(1)})`,
      ]),
    ),
    check(
      "SIS import checked in ≤ 2× csv-parse's time on the same files",
      get("sisImport"),
      get("sisImportParseOnly"),
      (a, b) => [
        a.seconds <= 2 * b.seconds,
        `${a.seconds.toFixed(2)} s vs ${b.seconds.toFixed(2)} s = ${(a.seconds / b.seconds).toFixed(2)}× (CPU time: ${(a.cpuSeconds / b.cpuSeconds).toFixed(2)}×)`,
      ],
    ),
    check(
      "SIS import memory follows ids, not rows: RSS ≤ 1.5× with the same ids and ¼ of the rows",
      get("sisImport"),
      get("sisImportFewRows"),
      (a, b) => [
        a.peakRssMb <= 1.5 * b.peakRssMb,
        `${a.peakRssMb.toFixed(0)} MB at ${a.rows.toLocaleString("en-US")} rows vs ${b.peakRssMb.toFixed(0)} MB at ${b.rows.toLocaleString("en-US")} = ${(a.peakRssMb / b.peakRssMb).toFixed(2)}×`,
      ],
    ),
    check("padded catalog (+1000 entries) rows/s within 15% of real", padded, csv, (a, b) => [
      a.rowsPerSecond >= 0.85 * b.rowsPerSecond,
      `${Math.round(a.rowsPerSecond)} vs ${Math.round(b.rowsPerSecond)} rows/s = ${percent(a.rowsPerSecond / b.rowsPerSecond)} (CPU time: ${percent(b.cpuSeconds / a.cpuSeconds)})`,
    ]),
  ];
}

type Check = (
  name: string,
  a: CaseResult | undefined,
  b: CaseResult | undefined,
  judge: (a: CaseResult, b: CaseResult) => [boolean, string],
) => TargetResult;

/** Miller's count-distinct as a reference: ahead of it in CPU and memory, at par or better in wall time. */
function millerChecks(get: (key: CaseKey) => CaseResult | undefined, check: Check): TargetResult[] {
  if (get("mlr") === undefined)
    return [{ name: "Miller reference rows", verdict: "not measured", detail: "mlr not installed" }];
  return [
    { ours: "csv", theirs: "mlr", label: "" },
    { ours: "csvWide", theirs: "mlrWide", label: " (high-cardinality)" },
  ].map(({ ours, theirs, label }) =>
    check(
      `ahead of Miller${label}: less CPU and memory, wall time at par`,
      get(ours as CaseKey),
      get(theirs as CaseKey),
      (a, b) => [
        a.cpuSeconds < b.cpuSeconds && a.peakRssMb < b.peakRssMb && a.seconds <= b.seconds,
        `${a.seconds.toFixed(2)} s, ${a.cpuSeconds.toFixed(2)} s CPU, ${a.peakRssMb.toFixed(0)} MB vs Miller ${b.seconds.toFixed(2)} s, ${b.cpuSeconds.toFixed(2)} s CPU, ${b.peakRssMb.toFixed(0)} MB`,
      ],
    ),
  );
}

/** A throughput ratio as a signed percentage: 0.9 → "-10.0%". */
function percent(ratio: number): string {
  const value = (ratio - 1) * 100;
  return `${value >= 0 ? "+" : ""}${value.toFixed(1)}%`;
}
