import type { LogRecord } from "../../records/log-record.js";

/**
 * One container's text → records step. `push` takes decoded text in any split and returns the records completed by
 * it (a batch, possibly empty); `end` flushes what is left. Neither keeps records it has returned.
 */
export interface RecordParser {
  push(text: string): LogRecord[];
  end(): Promise<LogRecord[]>;
  /**
   * After `end`, when the input gave no record: why, when the parser read rows it could not use (a CSV whose columns
   * map to nothing). Undefined means there was nothing to read, and the shape's own "found none" message is true.
   */
  whyNoRecords?(): NoRecordsReason | undefined;
}

/** What the parser expected and what arrived instead ("expected …, but …"), and the line it is about. */
export interface NoRecordsReason {
  message: string;
  line: number;
}
