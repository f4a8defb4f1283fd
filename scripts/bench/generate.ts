/**
 * Write a large, realistic grade-sync export for benchmarks:
 *   tsx scripts/bench/generate.ts [--rows 1000000] [--format csv|ndjson|text] [--seed N] [--out FILE]
 */
import { resolve } from "node:path";
import { intOption, parseArgs } from "./args.js";
import { BENCH_DIR } from "./paths.js";
import { EXPORT_FORMATS, type ExportFormat } from "./serialize.js";
import { DEFAULT_SEED, writeExport } from "./write-export.js";

const EXTENSIONS = { csv: "csv", ndjson: "ndjson", text: "log" } satisfies Record<ExportFormat, string>;

/** Where run.ts expects a generated export; the row count is in the name so sizes never get mixed up. */
export function exportPath(format: ExportFormat, rows: number): string {
  return resolve(BENCH_DIR, `grade-sync-${rows}.${EXTENSIONS[format]}`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ["rows", "format", "seed", "out"]);
  const rows = intOption(args, "rows", 1_000_000);
  const format = (args.values.get("format") ?? "csv") as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new Error(`--format expects one of ${EXPORT_FORMATS.join(", ")}`);
  const out = resolve(args.values.get("out") ?? exportPath(format, rows));
  const started = performance.now();
  await writeExport({ rows, format, out, seed: intOption(args, "seed", DEFAULT_SEED) });
  process.stderr.write(
    `wrote ${rows} rows (${format}) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main();
}
