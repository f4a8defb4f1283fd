// The public API of @sis/core. Everything here is pure: no file system, process or console.
// Node file/stdin reading and catalog directories live in "@sis/core/node".

export { maskMessage } from "./aggregate/mask-message.js";
export { type Analysis, type AnalysisOptions, type AnalyzedRecord, createAnalysis } from "./analysis.js";
export { type AnalyzeOptions, analyze, analyzeStream } from "./analyze.js";
export type { CatalogFile, CatalogSource } from "./catalog/catalog-source.js";
export type { CompiledCatalog } from "./catalog/compiled-catalog.js";
export {
  Actor,
  type Catalog,
  CatalogEntry,
  type CatalogEntryInput,
  EscalationItem,
  Severity,
  SisSlug,
} from "./catalog/entry-schema.js";
export { type LoadedCatalog, loadCatalog, UNVERSIONED_CATALOG } from "./catalog/load-catalog.js";
export {
  CATALOG_PROBLEM_CODES,
  CATALOG_PROBLEM_DESCRIPTIONS,
  type CatalogProblemCode,
} from "./catalog/problem-codes.js";
export { fillPlaceholders, renderFix } from "./catalog/render-fix.js";
export { type CatalogValidation, validateCatalog } from "./catalog/validate-catalog.js";
export { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from "./diagnostics.js";
export { CatalogError, type CatalogProblem, INPUT_ERROR_CODES, InputError, type InputErrorCode } from "./errors.js";
export type { InputChunk, InputInfo, InputShape, InputSource, NamedInput, ReadOptions } from "./input/input-source.js";
export { readRecords } from "./input/read-records.js";
export { compileCatalog } from "./match/compile-catalog.js";
export { MAX_MATCHED_MESSAGE_LENGTH, type MatchHint, type MatchResult, matchMessage } from "./match/match-message.js";
export { normalizeSis } from "./match/sis-slug.js";
export { LogRecord, RecordLevel, RecordStatus } from "./records/log-record.js";
export { EXIT_CODES, type ExitCode, exitCodeFor, type FailOn, groupFails } from "./report/exit-code.js";
export { checkMergeable, createReportMerger, type NamedReport, type ReportMerger } from "./report/merge-all.js";
export { mergeReports } from "./report/merge-reports.js";
export { parseReport } from "./report/parse-report.js";
export {
  AffectedUser,
  Example,
  Finding,
  Fix,
  Group,
  REPORT_SCHEMA_VERSION,
  Report,
  Summary,
  UnknownTemplate,
} from "./report/report-schema.js";
export { materializeReport, type StreamedReport } from "./report/streamed-report.js";
export { TOOL } from "./version.js";
