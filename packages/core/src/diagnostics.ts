/**
 * Things the analysis noticed about its input that a user should know: what was inferred, what was skipped and why.
 * Codes are stable; renderers turn them into prose. `line` is 0 when the diagnostic is about the input as a whole.
 */
export const DIAGNOSTIC_CODES = [
  "shape-detected",
  "columns-mapped",
  "title-lines-skipped",
  "column-unmapped",
  "field-not-found",
  "encoding-detected",
  "invalid-bytes-replaced",
  "malformed-row",
  "empty-rows-skipped",
  "header-repeated",
  "total-rows-skipped",
  "malformed-json",
  "unparseable-date",
  "date-order-contradicted",
  "untimed-order-assumed",
  "message-truncated",
  "unknown-templates-capped",
  "catalog-override",
  "sis-inferred",
  "provisioning-input",
  "zip-entry-refused",
  "input-skipped",
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export interface Diagnostic {
  line: number;
  code: DiagnosticCode;
  message: string;
  source?: string;
}

/** Receives each diagnostic as it is found (the CLI prints them; an analysis keeps them for the report). */
export type OnDiagnostic = (diagnostic: Diagnostic) => void;

/**
 * What a reading stage calls to say something about its input: the line (0 for the input as a whole), a code and
 * the words. The input's name is added by the one notice each input gets.
 */
export type Notice = (line: number, code: DiagnosticCode, message: string) => void;
