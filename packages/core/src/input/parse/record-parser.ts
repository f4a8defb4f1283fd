import type { LogRecord } from "../../records/log-record.js";

/**
 * One container's text → records step. `push` takes decoded text in any split and returns the records completed by
 * it (a batch, possibly empty); `end` flushes what is left. Neither keeps records it has returned.
 */
export interface RecordParser {
  push(text: string): LogRecord[];
  end(): Promise<LogRecord[]>;
}
