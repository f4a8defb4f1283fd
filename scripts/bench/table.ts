import type { CaseResult, TargetResult, Verdict } from "./targets.js";

const COLUMNS = [
  "input",
  "rows",
  "MB",
  "s (median)",
  "CPU s",
  "rows/s",
  "MB/s",
  "× parse-only",
  "peak RSS MB",
  "report MB",
];

function cells(r: CaseResult): string[] {
  return [
    r.input,
    r.rows.toLocaleString("en-US"),
    r.megabytes.toFixed(1),
    r.seconds.toFixed(2),
    r.cpuSeconds.toFixed(2),
    Math.round(r.rowsPerSecond).toLocaleString("en-US"),
    r.megabytesPerSecond.toFixed(1),
    r.ratioToParseOnly === null ? "" : r.ratioToParseOnly.toFixed(2),
    r.peakRssMb.toFixed(0),
    r.outputMegabytes === null ? "" : r.outputMegabytes.toFixed(1),
  ];
}

/** A plain-text table (no colour, no dependency) so the output pastes into an issue as is. */
export function renderTable(results: readonly CaseResult[]): string {
  const rows = [COLUMNS, ...results.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(rows[0] ?? []), rule, ...rows.slice(1).map(line)].join("\n");
}

const MARKS = {
  pass: "PASS",
  miss: "MISS",
  "not measured": "SKIP",
  "not judged": "----",
} as const satisfies Record<Verdict, string>;

export function renderTargets(targets: readonly TargetResult[]): string {
  return targets.map((t) => `${MARKS[t.verdict]}  ${t.name}: ${t.detail}`).join("\n");
}
