/**
 * `tsx scripts/bench/merge-memory.ts [--rows N] [--shards 2,8,32] [--no-build]`: what `gpb-analyze merge` costs in
 * memory and time for N shards. A district's export is cut into N consecutive shards (each with the header), each
 * shard analysed with --mergeable, then the N reports merged; peak RSS of the merge next to one run over all shards.
 */
import { spawnSync } from "node:child_process";
import { existsSync, statSync, writeFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { intOption, parseArgs } from "./args.js";
import { buildCli } from "./build-cli.js";
import { exportPath } from "./generate.js";
import { measure, rssSource } from "./measure.js";
import { BENCH_DIR, CLI_BIN } from "./paths.js";
import { transpileHelper } from "./transpile.js";
import { writeExport } from "./write-export.js";

interface MergeFigures {
  shards: number;
  reportsMb: number;
  largestReportMb: number;
  mergeSeconds: number;
  mergePeakRssMb: number;
  singleRunPeakRssMb: number;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ["rows", "shards"]);
  const rows = intOption(args, "rows", 200_000);
  const counts = (args.values.get("shards") ?? "2,8,32").split(",").map(Number);
  if (!args.flags.has("no-build")) buildCli();
  await mkdir(BENCH_DIR, { recursive: true });
  const source = exportPath("csv", rows);
  if (!existsSync(source)) await writeExport({ rows, format: "csv", out: source });
  const lines = (await readFile(source, "utf8")).trimEnd().split("\n");
  const rss = rssSource(await transpileHelper(join(import.meta.dirname, "rss-probe.ts")));
  const figures: MergeFigures[] = [];
  for (const shards of counts) {
    const files = await writeShards(lines, shards, join(BENCH_DIR, `merge-${rows}-${shards}`));
    const reports = files.map(mergeableReport);
    const sizes = reports.map((report) => statSync(report).size / 1e6);
    const merge = await measure([CLI_BIN, "merge", "--quiet", ...reports], rss);
    const single = await measure([CLI_BIN, "--format", "json", "--quiet", "--jobs", "1", ...files], rss);
    figures.push({
      shards,
      reportsMb: sizes.reduce((a, b) => a + b, 0),
      largestReportMb: Math.max(...sizes),
      mergeSeconds: merge.seconds,
      mergePeakRssMb: merge.peakRssMb,
      singleRunPeakRssMb: single.peakRssMb,
    });
    process.stderr.write(`${shards} shards: merge ${merge.seconds.toFixed(2)} s, ${merge.peakRssMb.toFixed(0)} MB\n`);
  }
  process.stdout.write(`\n${rows.toLocaleString("en-US")} rows cut into N shards:\n${table(figures)}\n`);
  await writeFile(join(BENCH_DIR, "merge-memory.json"), `${JSON.stringify({ rows, figures }, null, 2)}\n`);
}

/** Consecutive slices of the export's rows, each written with the header, as `split` would cut an export. */
async function writeShards(lines: readonly string[], shards: number, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const [header, ...rows] = lines;
  const size = Math.ceil(rows.length / shards);
  const files: string[] = [];
  for (let i = 0; i < shards; i++) {
    const file = join(dir, `shard-${String(i).padStart(4, "0")}.csv`);
    await writeFile(file, `${header}\n${rows.slice(i * size, (i + 1) * size).join("\n")}\n`);
    files.push(file);
  }
  return files;
}

function mergeableReport(file: string): string {
  const out = `${file}.json`;
  const run = spawnSync(process.execPath, [CLI_BIN, "--mergeable", "--quiet", file], { maxBuffer: 1 << 30 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`gpb-analyze --mergeable ${file} failed: ${run.stderr}`);
  writeFileSync(out, run.stdout);
  return out;
}

function table(figures: readonly MergeFigures[]): string {
  const head = ["shards", "reports MB", "largest MB", "merge s", "merge peak RSS MB", "one run peak RSS MB"];
  const rows = figures.map((f) => [
    String(f.shards),
    f.reportsMb.toFixed(1),
    f.largestReportMb.toFixed(1),
    f.mergeSeconds.toFixed(2),
    f.mergePeakRssMb.toFixed(0),
    f.singleRunPeakRssMb.toFixed(0),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((row) => (row[i] ?? "").length)));
  return [head, ...rows].map((row) => row.map((cell, i) => cell.padStart(widths[i] ?? 0)).join("  ")).join("\n");
}

try {
  await main();
} catch (error) {
  process.stderr.write(`merge-memory: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
