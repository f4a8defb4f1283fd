import { CanvasCsvRows, type Malformed } from "../csv/canvas-csv-rows.js";
import type { ReportedMessage } from "../model.js";

/** The header of Canvas's errors file (`sis_errors_attachment_<id>.csv`, written by `SisBatch#write_errors_to_file`). */
export const ERRORS_CSV_COLUMNS = ["sis_import_id", "file", "message", "row"] as const;

/**
 * An errors file, row by row: each line is one message Canvas stored for the import, failures and warnings mixed
 * (the file has no severity column: the catalog decides it), `row` counted as in the import's CSVs.
 */
export class ErrorsCsvReader {
  private readonly rows: CanvasCsvRows;
  private columns: Record<(typeof ERRORS_CSV_COLUMNS)[number], number> | null = null;

  constructor(
    private readonly source: string,
    private readonly onMessage: (message: ReportedMessage) => void,
  ) {
    this.rows = new CanvasCsvRows((fields, record, line) => this.row(fields, record, line));
  }

  get malformed(): Malformed | null {
    return this.rows.malformed;
  }

  /** Data rows read. */
  get records(): number {
    return Math.max(0, this.rows.records - 1);
  }

  feed(text: string): void {
    this.rows.feed(text);
  }

  finish(): void {
    this.rows.finish();
  }

  private row(fields: readonly string[], record: number, line: number): void {
    if (this.columns === null) {
      const names = fields.map((field) => field.trim().toLowerCase());
      this.columns = Object.fromEntries(ERRORS_CSV_COLUMNS.map((name) => [name, names.indexOf(name)])) as Record<
        (typeof ERRORS_CSV_COLUMNS)[number],
        number
      >;
      return;
    }
    const get = (name: (typeof ERRORS_CSV_COLUMNS)[number]) => (fields[this.columns?.[name] ?? -1] ?? "").trim();
    const row = get("row");
    this.onMessage({
      importId: get("sis_import_id") || null,
      file: get("file") || null,
      row: /^\d+$/.test(row) ? Number(row) : null,
      message: get("message"),
      failure: null,
      source: this.source,
      line: record > 0 ? line : 0,
    });
  }
}
