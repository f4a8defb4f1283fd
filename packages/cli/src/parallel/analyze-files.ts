import { createReportMerger, type Report } from "@sis/core";
import type { InputPath } from "@sis/core/node";
import type { CliCatalog } from "../catalog/load.js";
import type { StderrReporter } from "../stderr/stderr-reporter.js";
import { analyzeBlock, type BlockAnalysis, type BlockOptions } from "./analyze-block.js";
import { blocksOf } from "./blocks.js";
import { analyzeOnWorkers, type BlockResult } from "./worker-pool.js";

export interface ThreadedOptions extends BlockOptions {
  jobs: number;
  /** What the merged report keeps: the success state and every user (--mergeable), or every user (--all-users). */
  keep: { mergeable: boolean; allUsers: boolean };
}

/**
 * The files cut into one block of consecutive files per thread (about the same bytes each), each block analysed as
 * one run into a mergeable report (the first on this thread, the others on worker threads), the reports merged in
 * command-line order: the same report as one run over all files. A block per thread, not a
 * report per file: each report costs its making, its trip between threads and its merge. Diagnostics reach stderr
 * in command-line order once all files are read. Null when a block holds untimed errors and a later one untimed
 * successes: their order is their place in one run, so the caller must make that run.
 */
export async function analyzeOnThreads(
  files: readonly InputPath[],
  catalog: CliCatalog,
  options: ThreadedOptions,
  stderr: StderrReporter,
): Promise<Report | null> {
  const { jobs, keep, ...blockOptions } = options;
  const [first = [], ...others] = blocksOf(files, jobs);
  const onRecords = (count: number) => {
    for (let i = 0; i < count; i++) stderr.record();
  };
  const setup = { catalog: { version: catalog.compiled.version, entries: catalog.compiled.entries }, ...blockOptions };
  // This thread analyses the first block itself while workers take the others: one worker fewer to start, and one
  // report fewer to hand between threads.
  const fromWorkers: BlockResult[] = [];
  const [own, workers] = await Promise.allSettled([
    analyzeBlock(first, catalog.compiled, blockOptions, onRecords),
    analyzeOnWorkers(others, setup, { onRecords, onResult: (result) => fromWorkers.push(result) }),
  ]);
  // The first failure in command-line order is the one a single run would have stopped at.
  if (own.status === "rejected") throw own.reason;
  if (workers.status === "rejected") throw workers.reason;
  const blocks = [
    own.value,
    ...fromWorkers.map(({ reportJson, ...rest }) => ({ ...rest, report: JSON.parse(reportJson) as Report })),
  ];
  if (untimedAcrossBlocks(blocks)) return null;
  const merger = createReportMerger(catalog.compiled);
  for (const [index, block] of blocks.entries()) {
    for (const diagnostic of block.diagnostics) stderr.diagnostic(diagnostic);
    stderr.unshown(block.diagnosticCount - block.diagnostics.length);
    const paths = [first, ...others][index]?.map(({ path }) => path);
    merger.add({ name: paths?.join(", ") ?? "", report: block.report });
  }
  return merger.result(keep);
}

/** An untimed error in one block that an untimed success in a later block may resolve. */
function untimedAcrossBlocks(blocks: readonly Pick<BlockAnalysis, "untimed">[]): boolean {
  let errorsBefore = false;
  for (const { untimed } of blocks) {
    if (errorsBefore && untimed.successes) return true;
    errorsBefore ||= untimed.errors;
  }
  return false;
}
