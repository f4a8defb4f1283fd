import { existsSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { validateCatalogDir } from "./build-cli.js";
import type { CaseFiles } from "./cases.js";
import { exportPath } from "./generate.js";
import { writePaddedCatalog } from "./padded-catalog.js";
import { BENCH_DIR } from "./paths.js";
import type { ExportFormat } from "./serialize.js";
import { transpileHelper } from "./transpile.js";
import { writeExport } from "./write-export.js";

const PADDED_ENTRIES = 1000;

/** Generate an export unless a complete one with the same row count is already there (the name carries it). */
async function ensureExport(format: ExportFormat, rows: number): Promise<string> {
  const out = exportPath(format, rows);
  if (existsSync(out) && statSync(out).size > 0) return out;
  const started = performance.now();
  await writeExport({ rows, format, out });
  process.stderr.write(`generated ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return out;
}

/** Everything the cases read: the exports, the padded catalog (checked by the CLI itself), the JS helpers. */
export async function prepareInputs(rows: number): Promise<CaseFiles & { probe: string }> {
  await mkdir(BENCH_DIR, { recursive: true });
  const smallRows = Math.max(1, Math.round(rows / 10));
  const paddedDir = join(BENCH_DIR, "padded-catalog");
  // Written afresh each run (a second or so): a copy left by an older version of the entry schema would be refused.
  await writePaddedCatalog(paddedDir, PADDED_ENTRIES);
  const problems = validateCatalogDir(paddedDir);
  if (problems !== null) process.stderr.write(`padded catalog refused, its case is skipped:\n${problems}\n`);
  return {
    rows,
    smallRows,
    csv: await ensureExport("csv", rows),
    csvSmall: await ensureExport("csv", smallRows),
    ndjson: await ensureExport("ndjson", rows),
    text: await ensureExport("text", rows),
    parseOnly: await transpileHelper(join(import.meta.dirname, "parse-only.ts")),
    probe: await transpileHelper(join(import.meta.dirname, "rss-probe.ts")),
    paddedCatalog: problems === null ? paddedDir : null,
  };
}
