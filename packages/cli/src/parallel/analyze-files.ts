import { createReportMerger, type Report } from "@sis/core";
import type { CliCatalog } from "../catalog/load.js";
import type { StderrReporter } from "../stderr/stderr-reporter.js";
import { blocksOf } from "./blocks.js";
import { analyzeOnWorkers, type BlockResult } from "./worker-pool.js";

export interface ThreadedOptions {
  sis?: string;
  canvasUrl?: string;
  jobs: number;
}

/**
 * The files cut into one block of consecutive files per thread (about the same bytes each), each block analysed as
 * one run on its thread into a mergeable report, the reports merged in command-line order: the same report as one
 * run over all files (its `resolution` kept; the caller drops it unless --mergeable). A block per thread, not a
 * report per file: each report costs its making, its trip between threads and its merge. Diagnostics reach stderr
 * in command-line order once all files are read. Null when a block holds untimed errors and a later one untimed
 * successes: their order is their place in one run, so the caller must make that run.
 */
export async function analyzeOnThreads(
  paths: readonly string[],
  catalog: CliCatalog,
  options: ThreadedOptions,
  stderr: StderrReporter,
): Promise<Report | null> {
  const merger = createReportMerger(catalog.compiled);
  const results: Pick<BlockResult, "diagnostics" | "diagnosticCount">[] = [];
  let untimedErrorsBefore = false;
  let needsOneRun = false;
  const setup = {
    catalog: { version: catalog.compiled.version, entries: catalog.compiled.entries },
    ...(options.sis !== undefined && { sis: options.sis }),
    ...(options.canvasUrl !== undefined && { canvasUrl: options.canvasUrl }),
  };
  const blocks = blocksOf(paths, options.jobs);
  await analyzeOnWorkers(blocks, setup, {
    onRecords(count) {
      for (let i = 0; i < count; i++) stderr.record();
    },
    onResult(result) {
      needsOneRun ||= untimedErrorsBefore && result.untimed.successes;
      untimedErrorsBefore ||= result.untimed.errors;
      results.push({ diagnostics: result.diagnostics, diagnosticCount: result.diagnosticCount });
      const name = (blocks[result.index] ?? []).join(", ");
      merger.add({ name, report: JSON.parse(result.reportJson) as Report });
    },
  });
  if (needsOneRun) return null;
  for (const { diagnostics, diagnosticCount } of results) {
    for (const diagnostic of diagnostics) stderr.diagnostic(diagnostic);
    stderr.unshown(diagnosticCount - diagnostics.length);
  }
  return merger.result();
}
