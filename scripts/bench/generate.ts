/**
 * Write a large, realistic grade-sync export for benchmarks:
 *   tsx scripts/bench/generate.ts [--rows 1000000] [--format csv|ndjson|text] [--shape district|high-cardinality]
 *                                 [--seed N] [--out FILE]
 */
import { resolve } from "node:path";
import { intOption, parseArgs } from "./args.js";
import { BENCH_DIR } from "./paths.js";
import { EXPORT_FORMATS, type ExportFormat } from "./serialize.js";
import { LOG_SHAPES, type LogShapeName } from "./sync-records.js";
import { DEFAULT_SEED, writeExport } from "./write-export.js";

const EXTENSIONS = { csv: "csv", ndjson: "ndjson", text: "log" } satisfies Record<ExportFormat, string>;

/** Where run.ts expects a generated export; the row count is in the name so sizes never get mixed up. */
export function exportPath(format: ExportFormat, rows: number, shape: LogShapeName = "district"): string {
  const name = shape === "district" ? `grade-sync-${rows}` : `grade-sync-${shape}-${rows}`;
  return resolve(BENCH_DIR, `${name}.${EXTENSIONS[format]}`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ["rows", "format", "seed", "out", "shape"]);
  const shape = (args.values.get("shape") ?? "district") as LogShapeName;
  if (!(shape in LOG_SHAPES)) throw new Error(`--shape expects one of ${Object.keys(LOG_SHAPES).join(", ")}`);
  const rows = intOption(args, "rows", 1_000_000);
  const format = (args.values.get("format") ?? "csv") as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new Error(`--format expects one of ${EXPORT_FORMATS.join(", ")}`);
  const out = resolve(args.values.get("out") ?? exportPath(format, rows, shape));
  const started = performance.now();
  await writeExport({ rows, format, out, shape, seed: intOption(args, "seed", DEFAULT_SEED) });
  process.stderr.write(
    `wrote ${rows} rows (${format}) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await main();
}
