import type { DiagnosticCode } from "../../diagnostics.js";
import type { LogRecord } from "../../records/log-record.js";

/** Reports a diagnostic about the input; `line` 0 means the input as a whole. */
export type ReportDiagnostic = (line: number, code: DiagnosticCode, message: string) => void;

/**
 * One container's text → records step. `push` takes decoded text in any split and returns the records completed by
 * it (a batch, possibly empty); `end` flushes what is left. Neither keeps records it has returned.
 */
export interface RecordParser {
  push(text: string): LogRecord[];
  end(): Promise<LogRecord[]>;
}

/** How many records are looked at before columns are mapped by content: enough to see an error or two. */
export const MAPPING_SAMPLE_SIZE = 64;
