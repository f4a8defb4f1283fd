import { createReportMerger, type Report } from "@sis/core";
import type { CliCatalog } from "../catalog/load.js";
import type { StderrReporter } from "../stderr/stderr-reporter.js";
import type { FileResult } from "./worker-pool.js";
import { analyzeOnWorkers } from "./worker-pool.js";

export interface ThreadedOptions {
  sis?: string;
  canvasUrl?: string;
  jobs: number;
}

/**
 * The files analysed on worker threads, one mergeable report each, merged in command-line order: the same report
 * as one run over all of them (its `resolution` kept; the caller drops it unless --mergeable). Diagnostics reach
 * stderr in command-line order once all files are read. Null when the files hold untimed errors and, in a later
 * file, untimed successes: their order is their place in one run, so the caller must make that run.
 */
export async function analyzeOnThreads(
  paths: readonly string[],
  catalog: CliCatalog,
  options: ThreadedOptions,
  stderr: StderrReporter,
): Promise<Report | null> {
  const merger = createReportMerger(catalog.compiled);
  const results: Pick<FileResult, "diagnostics" | "diagnosticCount">[] = [];
  let untimedErrorsBefore = false;
  let needsOneRun = false;
  const setup = {
    catalog: { version: catalog.compiled.version, entries: catalog.compiled.entries },
    ...(options.sis !== undefined && { sis: options.sis }),
    ...(options.canvasUrl !== undefined && { canvasUrl: options.canvasUrl }),
  };
  await analyzeOnWorkers(paths, setup, options.jobs, {
    onRecords(count) {
      for (let i = 0; i < count; i++) stderr.record();
    },
    onResult(result) {
      needsOneRun ||= untimedErrorsBefore && result.untimed.successes;
      untimedErrorsBefore ||= result.untimed.errors;
      results.push({ diagnostics: result.diagnostics, diagnosticCount: result.diagnosticCount });
      merger.add({ name: paths[result.index] as string, report: JSON.parse(result.reportJson) as Report });
    },
  });
  if (needsOneRun) return null;
  for (const { diagnostics, diagnosticCount } of results) {
    for (const diagnostic of diagnostics) stderr.diagnostic(diagnostic);
    stderr.unshown(diagnosticCount - diagnostics.length);
  }
  return merger.result();
}
