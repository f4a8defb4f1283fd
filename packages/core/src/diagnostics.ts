/**
 * Things the analysis noticed about its input that a user should know: what was inferred, what was skipped and why.
 * Codes are stable; renderers turn them into prose. `line` is 0 when the diagnostic is about the input as a whole.
 */
export const DIAGNOSTIC_CODES = [
  "shape-detected",
  "columns-mapped",
  "column-unmapped",
  "field-not-found",
  "encoding-detected",
  "invalid-bytes-replaced",
  "malformed-row",
  "malformed-json",
  "unparseable-date",
  "message-truncated",
  "unknown-templates-capped",
  "catalog-override",
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export interface Diagnostic {
  line: number;
  code: DiagnosticCode;
  message: string;
  source?: string;
}

export type DiagnosticSink = (diagnostic: Diagnostic) => void;
