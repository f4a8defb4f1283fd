import { type Accumulator, accumulate, createAccumulator } from "./aggregate/accumulator.js";
import { maskMessage } from "./aggregate/mask-message.js";
import type { CompiledCatalog } from "./catalog/compiled-catalog.js";
import type { Diagnostic } from "./diagnostics.js";
import type { MatchResult } from "./match/match-message.js";
import { createMemoMatcher } from "./match/memo-matcher.js";
import type { LogRecord } from "./records/log-record.js";
import { createRedactor } from "./redact/redactor.js";
import { DIAGNOSTIC_LIMIT, streamReport } from "./report/build-report.js";
import { keepDiagnostic } from "./report/kept-diagnostics.js";
import type { Report } from "./report/report-schema.js";
import { materializeReport, type StreamedReport } from "./report/streamed-report.js";
import { boundedMemo } from "./util/bounded-memo.js";
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

/** Distinct messages whose match (and mask) is remembered. */
const MEMO_LIMIT = 20_000;

/**
 * The analysis without any reading: records go in one at a time, the report comes out. `analyze` feeds it from
 * exports; callers that already hold records (or shards of them) can feed it directly.
 */
export interface Analysis {
  add(record: LogRecord): AnalyzedRecord;
  addDiagnostic(diagnostic: Diagnostic): void;
  /** Ends the analysis: its state is handed over to the report, so add and report may not be called again. */
  report(inputs?: Report["inputs"]): Report;
  /** Ends the analysis like `report`, but builds each group only as it is read: memory stays at one group's worth. */
  reportStream(inputs?: Report["inputs"]): StreamedReport;
}

export function createAnalysis(options: AnalysisOptions): Analysis {
  const acc: Accumulator = createAccumulator();
  const diagnostics: Diagnostic[] = [];
  let diagnosticCount = 0;
  const redactor = options.redact ? createRedactor() : null;
  let reported = false;
  const ensureOpen = () => {
    if (reported) throw new Error("this analysis has already produced its report; create a new one to analyse more");
  };
  const match = createMemoMatcher(options.catalog, MEMO_LIMIT);
  const mask = boundedMemo(maskMessage, MEMO_LIMIT);

  const reportStream = (inputs: Report["inputs"] = []): StreamedReport => {
    ensureOpen();
    reported = true;
    const report = streamReport(acc, {
      tool: options.tool ?? TOOL,
      catalog: options.catalog,
      inputs,
      diagnostics,
      diagnosticCount,
      ...(options.canvasUrl !== undefined && { canvasUrl: options.canvasUrl }),
      ...(options.mergeable !== undefined && { mergeable: options.mergeable }),
    });
    return redactor ? redactor.scrubReport(report) : report;
  };

  return {
    add(raw) {
      ensureOpen();
      const problem = raw.status === "error" || raw.status === "warning";
      const found = problem && raw.message ? match(raw.message, raw.sis ?? options.sis, raw.httpStatus) : null;
      const redacted = redactor ? redactor.redact(raw, found) : { record: raw, match: found };
      const template = problem && !redacted.match ? mask(redacted.record.message ?? "") : null;
      // An unexplained message may name people we cannot recognise: redacted output shows only its template.
      const record = redactor && template !== null ? { ...redacted.record, message: template } : redacted.record;
      accumulate(acc, record, redacted.match, template);
      return { record, match: redacted.match, template };
    },
    addDiagnostic(diagnostic) {
      diagnosticCount++;
      // Only the ones the report shows are kept; it counts the rest.
      keepDiagnostic(diagnostics, diagnostic, DIAGNOSTIC_LIMIT);
    },
    report(inputs = []) {
      return materializeReport(reportStream(inputs));
    },
    reportStream,
  };
}
