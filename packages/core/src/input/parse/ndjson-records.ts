import type { Notice } from "../../diagnostics.js";
import type { LogRecord } from "../../records/log-record.js";
import type { RecordAssembler } from "../fields/record-assembler.js";
import { type LineBatch, LineSplitter } from "../lines/line-splitter.js";
import { jsonErrorReason } from "./json-error-reason.js";
import { ObjectRecords } from "./object-records.js";
import type { RecordParser } from "./record-parser.js";

/** NDJSON → records: one JSON object per line; a line that is not one becomes a diagnostic, the rest are kept. */
export class NdjsonRecordParser implements RecordParser {
  private readonly lines = new LineSplitter();
  private readonly objects: ObjectRecords;

  constructor(
    private readonly notice: Notice,
    assembler: RecordAssembler,
    source?: string,
    requireLogKeys = false,
  ) {
    this.objects = new ObjectRecords(assembler, notice, source, requireLogKeys ? "ndjson" : undefined);
  }

  push(text: string): LogRecord[] {
    const out: LogRecord[] = [];
    this.addLines(this.lines.push(text), out);
    return out;
  }

  async end(): Promise<LogRecord[]> {
    const out: LogRecord[] = [];
    this.addLines(this.lines.end(), out);
    this.objects.end(out);
    return out;
  }

  private addLines(batch: LineBatch, out: LogRecord[]): void {
    const { lines, firstLine } = batch;
    for (let index = 0; index < lines.length; index++) {
      const text = lines[index] as string;
      if (isBlank(text)) continue;
      const line = firstLine + index;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        this.notice(line, "malformed-json", `line ${line} is not valid JSON (${jsonErrorReason(error)}); skipped`);
        continue;
      }
      this.objects.add(value, line, out);
    }
  }
}

function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  return text.charCodeAt(0) <= 32 && text.trim().length === 0;
}
