import { createReportMerger, type ExitCode, type Report } from "@sis/core";
import { loadCliCatalog } from "../catalog/load.js";
import type { CliIo } from "../io.js";
import { readReports } from "../merge/read-reports.js";
import type { Format } from "../render/format.js";
import { RENDERERS } from "../render/renderers.js";
import { UsageError } from "../usage-error.js";
import { type EmitFlags, emitReport } from "./emit-report.js";

export interface MergeFlags extends EmitFlags {
  format?: Format;
  catalog: string[];
  mergeable?: boolean;
  allUsers?: boolean;
}

/**
 * `gpb-analyze merge [reports…]`: reports made with --mergeable (from files, or several after one another on stdin)
 * become one report, equal to analysing all their inputs in one run, in the order given; then it is rendered and
 * judged like any run.
 */
export async function runMerge(paths: string[], flags: MergeFlags, io: CliIo): Promise<ExitCode> {
  if (flags.format === "ndjson") {
    throw new UsageError("merge reads reports, not records, so it has no --format ndjson; use json");
  }
  if (flags.mergeable && flags.format !== undefined && flags.format !== "json") {
    throw new UsageError(`--mergeable writes the JSON report that a later merge reads, got --format ${flags.format}`);
  }
  if (paths.length === 0 && io.stdin.isTTY) {
    // Reading a terminal would wait for typing that never comes.
    throw new UsageError("expected report files, or reports piped on stdin, got a terminal on stdin");
  }
  const { compiled } = await loadCliCatalog(flags.catalog);
  const merger = createReportMerger(compiled);
  for await (const named of readReports(paths, io)) merger.add(named);
  // The success state and every user are only for merging again; a finished report reads like a single run's.
  const merged: Report = merger.result({ mergeable: flags.mergeable === true, allUsers: flags.allUsers === true });
  const renderer = RENDERERS[flags.format ?? (io.stdout.isTTY && !flags.mergeable ? "table" : "json")];
  return emitReport(merged, renderer, flags, io);
}
