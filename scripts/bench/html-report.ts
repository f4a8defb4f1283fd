/**
 * The HTML report of the bench's exports: how long the CLI takes to write it, how big it is, and how long headless
 * chromium takes from navigation to the page saying it is interactive (the page's `report-interactive` mark: data
 * parsed, overview drawn, the first courses listed, filters live). Measured here, never in a timed test.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { hasChromium, launchChromium, openReport, watchedPage } from "../browser/chromium.js";
import { measure, median, type RssSource } from "./measure.js";
import { BENCH_DIR, CLI_BIN } from "./paths.js";
import { TARGET_ROWS, type TargetResult } from "./targets.js";

export interface HtmlResult {
  rows: number;
  megabytes: number;
  renderSeconds: number;
  peakRssMb: number;
  /** Median over the loads, milliseconds from navigation start; null without chromium. */
  interactiveMs: number | null;
  loads: number[];
}

export const HTML_SIZE_LIMIT_MB = 15;
const INTERACTIVE_LIMIT_MS = 5_000;

export async function benchHtml(
  exports: readonly { file: string; rows: number }[],
  runs: number,
  rss: RssSource,
): Promise<HtmlResult[]> {
  const results: HtmlResult[] = [];
  for (const { file, rows } of exports) {
    const out = join(BENCH_DIR, `report-${rows}.html`);
    const samples = [];
    for (let run = 0; run < runs; run++)
      samples.push(await measure([CLI_BIN, "--format", "html", "--quiet", file], rss, out));
    const loads = hasChromium() ? await timeToInteractive(out, runs) : [];
    const result: HtmlResult = {
      rows,
      megabytes: statSync(out).size / 1e6,
      renderSeconds: median(samples.map((s) => s.seconds)),
      peakRssMb: Math.max(...samples.map((s) => s.peakRssMb)),
      interactiveMs: loads.length > 0 ? median(loads) : null,
      loads,
    };
    process.stderr.write(
      `html ${rows} rows: ${result.megabytes.toFixed(1)} MB, interactive ${loads.map((ms) => `${Math.round(ms)} ms`).join(", ") || "not measured (no chromium)"}\n`,
    );
    results.push(result);
  }
  return results;
}

/** Each load in a fresh browser context, so nothing is cached between them. */
async function timeToInteractive(file: string, loads: number): Promise<number[]> {
  const url = pathToFileURL(file).href;
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let load = 0; load < loads; load++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const { page, watch } = await watchedPage(context, url);
      times.push(await openReport(page, url, 120_000));
      if (watch.requests.length > 0 || watch.consoleErrors.length > 0) {
        throw new Error(
          `the report of ${file} made requests or logged errors: ${[...watch.requests, ...watch.consoleErrors].join("; ")}`,
        );
      }
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
  }
}

export function renderHtmlTable(results: readonly HtmlResult[]): string {
  const head = ["HTML report of", "MB", "write s", "peak RSS MB", "interactive ms (median)", "loads ms"];
  const rows = results.map((r) => [
    `${r.rows.toLocaleString("en-US")} rows`,
    r.megabytes.toFixed(1),
    r.renderSeconds.toFixed(2),
    r.peakRssMb.toFixed(0),
    r.interactiveMs === null ? "not measured" : Math.round(r.interactiveMs).toLocaleString("en-US"),
    r.loads.map((ms) => Math.round(ms)).join(" "),
  ]);
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The HTML issue's targets for the largest export measured; like every target, judged only at TARGET_ROWS. */
export function htmlTargets(results: readonly HtmlResult[], rows: number): TargetResult[] {
  const largest = results.at(-1);
  if (!largest) return [{ name: "HTML report", verdict: "not measured", detail: "not measured" }];
  const label = `${largest.rows.toLocaleString("en-US")} rows`;
  const verdict = (passed: boolean): TargetResult["verdict"] =>
    rows < TARGET_ROWS ? "not judged" : passed ? "pass" : "miss";
  return [
    {
      name: `HTML report of ${label} < ${HTML_SIZE_LIMIT_MB} MB`,
      verdict: verdict(largest.megabytes < HTML_SIZE_LIMIT_MB),
      detail: `${largest.megabytes.toFixed(1)} MB`,
    },
    largest.interactiveMs === null
      ? { name: "HTML report interactive in chromium", verdict: "not measured", detail: "no chromium" }
      : {
          name: `HTML report of ${label} interactive in chromium < ${INTERACTIVE_LIMIT_MS / 1000} s`,
          verdict: verdict(largest.interactiveMs < INTERACTIVE_LIMIT_MS),
          detail: `${Math.round(largest.interactiveMs)} ms median of ${largest.loads.length}`,
        },
  ];
}
