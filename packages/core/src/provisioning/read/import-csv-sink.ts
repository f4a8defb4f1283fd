import type { InputChunk } from "../../input/input-source.js";
import type { ImportFileState } from "../aggregate/import-file.js";
import { type CheckContext, expect, Header, type RowCheck } from "../checks/check-context.js";
import { readHeader } from "../checks/header.js";
import { CanvasCsvRows } from "../csv/canvas-csv-rows.js";
import { FileText } from "../csv/file-text.js";
import type { Prediction } from "../model.js";
import { ROW_CHECKS } from "../rows/row-checks.js";

/** What an import CSV's reader needs from the run: a context for its checks, and where predictions go. */
export interface CsvRunLink {
  contextFor(file: ImportFileState, type: NonNullable<ImportFileState["kind"]>["type"] & string): CheckContext;
  predict(file: ImportFileState, prediction: Prediction): void;
}

/**
 * One imported CSV, read as Canvas reads it: bytes checked as UTF-8, records cut by Ruby's rules, the kind decided
 * by the header, then every row through its kind's checks. A file Canvas would skip whole (not UTF-8, malformed,
 * no known header) is marked lost where it fails; its rows are still counted but no longer checked.
 */
export class ImportCsvSink {
  private readonly text = new FileText();
  private readonly rows: CanvasCsvRows;
  private check: RowCheck | null = null;

  constructor(
    private readonly run: CsvRunLink,
    private readonly file: ImportFileState,
  ) {
    this.rows = new CanvasCsvRows((fields, record) => this.row(fields, record));
  }

  push(chunk: InputChunk): void {
    this.rows.feed(this.text.push(chunk));
    if (this.check !== null && this.text.notUtf8 !== null) this.check = null;
  }

  end(): void {
    this.rows.feed(this.text.end());
    this.rows.finish();
    const { file, text, rows } = this;
    file.encoding = text.encoding;
    file.rows = Math.max(0, rows.records - 1);
    const notUtf8 = text.notUtf8;
    if (notUtf8 !== null) {
      file.lost = { reason: "invalid-utf8", line: notUtf8.line, byte: notUtf8.byte, detail: notUtf8.likely };
      this.run.predict(file, expect("invalid-utf8", null, {}));
    } else if (rows.malformed !== null) {
      const { line, reason } = rows.malformed;
      file.lost = { reason: "malformed-csv", line, byte: null, detail: reason };
      this.run.predict(file, expect("malformed-csv", null, {}));
    } else if (rows.records === 0) {
      file.lost = { reason: "empty", line: null, byte: null, detail: "zero rows" };
    }
  }

  abort(): void {
    this.check = null;
  }

  private row(fields: string[], record: number): void {
    if (record > 1) {
      this.check?.(fields, record);
      return;
    }
    const header = readHeader(fields, this.file.name);
    this.file.kind = { type: header.type, readAs: header.readAs };
    for (const prediction of header.predictions) this.run.predict(this.file, prediction);
    if (header.type === null) {
      this.file.lost = { reason: "no-headers", line: 1, byte: null, detail: "no-signature" };
      return;
    }
    if (this.text.notUtf8 !== null) return;
    this.check = ROW_CHECKS[header.type](new Header(fields), this.run.contextFor(this.file, header.type));
  }
}
