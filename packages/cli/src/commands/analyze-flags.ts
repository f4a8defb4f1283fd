import type { FailOn } from "@sis/core";
import type { Integration } from "../render/escalation-route.js";
import type { Format } from "../render/format.js";
import { UsageError } from "../usage-error.js";
import type { GroupBy } from "../view/group-by.js";
import type { InputFormat } from "./input-format.js";

/** The root command's options as commander parses them (choices already checked). */
export interface AnalyzeFlags {
  format?: Format;
  sis?: string;
  inputFormat?: InputFormat;
  catalog: string[];
  canvasUrl?: string;
  integration: Integration;
  /** False with --no-bom. */
  bom: boolean;
  groupBy: GroupBy;
  onlyUnresolved?: boolean;
  failOn: FailOn;
  redact?: boolean;
  mergeable?: boolean;
  allUsers?: boolean;
  /** Files analysed at once on worker threads (parsed by commander). */
  jobs?: number;
  quiet?: boolean;
  version?: boolean;
}

/** Checks commander cannot express; a wrong URL would otherwise make every course link in the report wrong. */
export function checkCanvasUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== "https:" && url?.protocol !== "http:") {
    throw new UsageError(`--canvas-url expects a URL such as https://school.instructure.com, got "${value}"`);
  }
  return value;
}

/**
 * `--mergeable` writes the JSON report that `gpb-analyze merge` reads. Options that leave data out or rename it per
 * run would make the merge wrong, so they are refused here rather than noticed in the merged numbers.
 */
export function checkMergeableFlags(flags: AnalyzeFlags): void {
  if (!flags.mergeable) return;
  if (flags.format !== undefined && flags.format !== "json") {
    throw new UsageError(
      `--mergeable writes the JSON report that \`gpb-analyze merge\` reads, so it takes --format json, got --format ${flags.format}`,
    );
  }
  if (flags.onlyUnresolved) {
    throw new UsageError(
      "--mergeable keeps every finding so that a merge can resolve errors across shards; pass --only-unresolved to `gpb-analyze merge` instead",
    );
  }
  if (flags.redact) {
    throw new UsageError(
      "--mergeable cannot be combined with --redact: pseudonyms are numbered per run, so one student would get different ones in different shards; make the shards without --redact and keep them where the logs are",
    );
  }
}

/** `--jobs N`: a whole number of threads, at least one. */
export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) {
    throw new UsageError(`--jobs expects a whole number of threads, 1 or more, got "${value}"`);
  }
  return jobs;
}
