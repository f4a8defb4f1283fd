import { execFileSync } from "node:child_process";
import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync, statSync, type WriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { validateCatalogDir } from "./build-cli.js";
import type { CaseFiles } from "./cases.js";
import { exportPath } from "./generate.js";
import { writePaddedCatalog } from "./padded-catalog.js";
import { BENCH_DIR } from "./paths.js";
import type { ExportFormat } from "./serialize.js";
import { districtShape, ensureSisImport } from "./sis-import.js";
import type { LogShapeName } from "./sync-records.js";
import { transpileHelper } from "./transpile.js";
import { writeExport } from "./write-export.js";

const PADDED_ENTRIES = 1000;

/** Generate an export unless a complete one with the same row count is already there (the name carries it). */
async function ensureExport(format: ExportFormat, rows: number, shape: LogShapeName = "district"): Promise<string> {
  const out = exportPath(format, rows, shape);
  if (existsSync(out) && statSync(out).size > 0) return out;
  const started = performance.now();
  await writeExport({ rows, format, out, shape });
  process.stderr.write(`generated ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return out;
}

/**
 * The CSV export cut into eight schools' exports by course (each course in one file, rows in their order): eight
 * independent files, as a district's per-school exports are, with as many rows in all as the single CSV.
 */
async function ensureEightFiles(csv: string, rows: number): Promise<string[]> {
  const files = Array.from({ length: 8 }, (_, school) =>
    join(BENCH_DIR, `grade-sync-${rows}-school-${school + 1}-of-8.csv`),
  );
  if (files.every((file) => existsSync(file) && statSync(file).size > 0)) return files;
  const outs = files.map((file) => createWriteStream(file));
  let courseColumn = -1;
  for await (const line of createInterface({ input: createReadStream(csv), crlfDelay: Number.POSITIVE_INFINITY })) {
    if (courseColumn < 0) {
      courseColumn = line.split(",").indexOf("course_id");
      for (const out of outs) out.write(`${line}\n`);
      continue;
    }
    const out = outs[schoolOf(line.split(",")[courseColumn] ?? "")] as WriteStream;
    if (!out.write(`${line}\n`)) await once(out, "drain");
  }
  await Promise.all(outs.map((out) => new Promise((resolve) => out.end(resolve))));
  return files;
}

function schoolOf(courseId: string): number {
  let hash = 0;
  for (let i = 0; i < courseId.length; i++) hash = (hash * 31 + courseId.charCodeAt(i)) >>> 0;
  return hash % 8;
}

/** The district's SIS import of `rows` enrollments, and one with the same users and sections but a quarter of them. */
async function sisImports(rows: number): Promise<Pick<CaseFiles, "sisImport" | "sisImportFewRows">> {
  const shape = districtShape(rows);
  const few = { ...shape, rows: Math.max(1, Math.round(rows / 4)) };
  const sisImport = await ensureSisImport(shape);
  const fewer = await ensureSisImport(few);
  return {
    sisImport: { ...sisImport, users: shape.users, sections: shape.sections },
    sisImportFewRows: { ...fewer, rows: few.rows },
  };
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
    eightFiles: await ensureEightFiles(exportPath("csv", rows), rows),
    csvWide: await ensureExport("csv", rows, "high-cardinality"),
    csvWideSmall: await ensureExport("csv", smallRows, "high-cardinality"),
    wideReport: join(BENCH_DIR, `report-high-cardinality-${rows}.json`),
    mlr: whichMlr(),
    ...(await sisImports(rows)),
  };
}

/** Miller's path when it is installed (Debian's package `miller`), else null: its rows are a reference, not a must. */
function whichMlr(): string | null {
  try {
    return execFileSync("sh", ["-c", "command -v mlr"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}
