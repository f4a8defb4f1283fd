// The public API of @sis/core, as the README documents it. Everything here is pure: no file system, process or
// console. Reading files, stdin and catalog directories is "@sis/core/node". Modules not exported here are private.

// Analyse: exports in, report out.
export { type Analysis, type AnalysisOptions, type AnalyzedRecord, createAnalysis } from "./analysis.js";
export { type AnalyzeOptions, analyze, analyzeStream } from "./analyze.js";
// The catalog: load (validating), compile, explain one message.
export type { CatalogFile, CatalogSource } from "./catalog/catalog-source.js";
export {
  Actor,
  type Catalog,
  CatalogEntry,
  causedBy,
  EscalationItem,
  effectsOf,
  PASSBACK_EFFECTS,
  PassbackEffect,
  Severity,
  SisSlug,
} from "./catalog/entry-schema.js";
export { entrySkeleton } from "./catalog/entry-skeleton.js";
export { type LoadedCatalog, loadCatalog } from "./catalog/load-catalog.js";
export { renderFix } from "./catalog/render-fix.js";
// Failures and what the analysis noticed, as typed data with stable codes.
export type { Diagnostic, DiagnosticCode } from "./diagnostics.js";
export { CatalogError, type CatalogProblem, InputError, type InputErrorCode } from "./errors.js";
export type { InputChunk, InputSource, NamedInput } from "./input/input-source.js";
export { type CompiledCatalog, compileCatalog } from "./match/compile-catalog.js";
export { type MatchHint, type MatchResult, matchMessage, type Unclaimed } from "./match/match-message.js";
export { normalizeSis } from "./match/sis-slug.js";
export { maskMessage } from "./message/mask-message.js";
export { LogRecord } from "./records/log-record.js";
export {
  EXIT_CODES,
  type ExitCode,
  type ExitCodeTracker,
  exitCodeFor,
  exitCodeTracker,
  type FailOn,
} from "./report/exit-code.js";
export { entryOf, fixOf } from "./report/finding-entry.js";
export { checkMergeable, createReportMerger, type NamedReport, type ReportMerger } from "./report/merge-all.js";
export { mergeReports } from "./report/merge-reports.js";
export { parseReport } from "./report/parse-report.js";
// The provisioning section (SIS imports) and the causes it gives passback findings.
export { Cause, ProvisioningSection } from "./report/provisioning-schema.js";
// The report: its contract (zod schemas, JSON Schema in report.schema.json), merging shards, the exit code.
export {
  AffectedUser,
  EntryInfo,
  Example,
  Finding,
  Fix,
  Group,
  REPORT_SCHEMA_VERSION,
  Report,
  Summary,
  Timeline,
  TimelineSeries,
  UnknownTemplate,
  Wording,
} from "./report/report-schema.js";
export { materializeReport, type StreamedReport } from "./report/streamed-report.js";
// Prose: a count and its noun, so the CLI's sentences agree with core's ("1 entry", "2 entries").
export { formatCount, plural } from "./util/plural.js";
export { TOOL } from "./version.js";
