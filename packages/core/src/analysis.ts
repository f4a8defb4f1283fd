import { type Accumulator, accumulate, createAccumulator } from "./aggregate/accumulator.js";
import { maskMessage } from "./aggregate/mask-message.js";
import type { CompiledCatalog } from "./catalog/compiled-catalog.js";
import type { Diagnostic } from "./diagnostics.js";
import { createMatchCache } from "./match/match-cache.js";
import { type MatchResult, matchMessage } from "./match/match-message.js";
import type { LogRecord } from "./records/log-record.js";
import { createRedactor } from "./redact/redactor.js";
import { buildReport } from "./report/build-report.js";
import type { Report } from "./report/report-schema.js";
import { TOOL } from "./version.js";

export interface AnalyzedRecord {
  record: LogRecord;
  /** The catalog entry's match for error and warning records, or null. */
  match: MatchResult | null;
  /** Masked template of an error or warning no entry explains, or null. */
  template: string | null;
}

export interface AnalysisOptions {
  catalog: CompiledCatalog;
  /** SIS hint for records that do not name their SIS. */
  sis?: string;
  /** Canvas base URL (https://school.instructure.com) to link courses in the report. */
  canvasUrl?: string;
  /** Replace student names, ids and emails with stable pseudonyms everywhere in the output. */
  redact?: boolean;
  /** Carry the success state that lets mergeReports resolve errors across shards exactly. */
  mergeable?: boolean;
  tool?: { name: string; version: string };
}

/** Keep at most this many diagnostics in memory; the report counts the rest. */
const KEPT_DIAGNOSTICS = 1000;

/**
 * The analysis without any reading: records go in one at a time, the report comes out. `analyze` feeds it from
 * exports; callers that already hold records (or shards of them) can feed it directly.
 */
export interface Analysis {
  add(record: LogRecord): AnalyzedRecord;
  addDiagnostic(diagnostic: Diagnostic): void;
  report(inputs?: Report["inputs"]): Report;
}

export function createAnalysis(options: AnalysisOptions): Analysis {
  const acc: Accumulator = createAccumulator();
  const diagnostics: Diagnostic[] = [];
  let diagnosticCount = 0;
  const redactor = options.redact ? createRedactor() : null;
  const match = createMatchCache((message, hint) => matchMessage(options.catalog, message, hint));

  return {
    add(raw) {
      const problem = raw.status === "error" || raw.status === "warning";
      const hint = { sis: raw.sis ?? options.sis, httpStatus: raw.httpStatus };
      const found = problem && raw.message ? match(raw.message, hint) : null;
      const redacted = redactor ? redactor.redact(raw, found) : { record: raw, match: found };
      const template = problem && !redacted.match ? maskMessage(redacted.record.message ?? "") : null;
      // An unexplained message may name people we cannot recognise: redacted output shows only its template.
      const record = redactor && template !== null ? { ...redacted.record, message: template } : redacted.record;
      accumulate(acc, record, redacted.match, template);
      return { record, match: redacted.match, template };
    },
    addDiagnostic(diagnostic) {
      diagnosticCount++;
      if (diagnostics.length < KEPT_DIAGNOSTICS) diagnostics.push(diagnostic);
    },
    report(inputs = []) {
      return buildReport(acc, {
        tool: options.tool ?? TOOL,
        catalog: options.catalog,
        inputs,
        diagnostics,
        diagnosticCount,
        ...(options.canvasUrl !== undefined && { canvasUrl: options.canvasUrl }),
        ...(options.mergeable !== undefined && { mergeable: options.mergeable }),
      });
    },
  };
}
