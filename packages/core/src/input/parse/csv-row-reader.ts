import { Parser } from "csv-parse";
import type { Notice } from "../../diagnostics.js";
import type { LineBreak } from "../detect/detect-line-breaks.js";

/**
 * csv-parse's streaming Parser, fed text synchronously, collecting array rows with the 1-based line each starts on.
 * Rows are taken where the parser pushes them (no readable-side buffering), which is also the moment its line
 * counter says where the row ends; a row is re-scanned for line breaks only when it spans several lines, so the
 * common single-line row costs one comparison.
 */
export class CsvRowReader extends Parser {
  rows: string[][] = [];
  lines: number[] = [];
  private nextStart: number;
  private lastEnd = 0;
  private failure: Error | undefined;
  /**
   * The bytes fed since the last row ended (csv-parse counts UTF-8 bytes), so a quote left open until the end of
   * the input can be undone: without this, every row after the broken one would vanish into one quoted field.
   */
  private pending: Uint8Array[] = [];
  private pendingStart = 0;
  private rowEnd = 0;
  private unclosedQuote = false;

  constructor(
    private readonly delimiter: string,
    private readonly lineBreaks: LineBreak[],
    private readonly notice: Notice,
    /** Line of the first row; a reader that re-reads the rows after a broken one starts there. */
    firstLine = 1,
  ) {
    super({
      delimiter,
      relax_column_count: true,
      // Stray quotes inside unquoted values ("Assignment "Lab 3" not found") are common in exports; keep them.
      relax_quotes: true,
      skip_records_with_error: true,
      record_delimiter: lineBreaks,
    });
    this.nextStart = firstLine;
    this.on("skip", (error: Error) => this.onSkip(error));
    this.on("error", (error: Error) => {
      this.failure = error;
    });
  }

  override push(chunk: unknown): boolean {
    if (chunk === null) return super.push(null);
    const row = chunk as string[];
    const end = this.info.lines;
    let start = this.nextStart;
    if (end - this.lastEnd === 1) this.nextStart = start + 1;
    else {
      // The row spans lines, or rows skipped as broken came before it: count its own breaks to find its start.
      const breaks = countBreaks(row);
      start += Math.max(0, end - this.lastEnd - 1 - breaks.asParserCounts);
      this.nextStart = start + breaks.exact + 1;
    }
    this.lastEnd = end;
    this.rowEnd = this.info.bytes;
    this.rows.push(row);
    this.lines.push(start);
    return true;
  }

  /** Parses a piece of text; rows completed by it are appended to `rows`/`lines`. */
  feed(text: string): void {
    if (this.failure === undefined) {
      const bytes = encoder.encode(text);
      this.pending.push(bytes);
      this.write(bytes);
      this.dropReadBytes();
    }
    this.reportFailure();
  }

  async finish(): Promise<void> {
    if (this.failure === undefined) await new Promise<void>((resolve) => this.end(() => resolve()));
    this.reportFailure();
    if (this.unclosedQuote) await this.rereadAfterBrokenRow();
  }

  /** Hands over the rows collected so far. */
  takeRows(): { rows: string[][]; lines: number[] } {
    const taken = { rows: this.rows, lines: this.lines };
    this.rows = [];
    this.lines = [];
    return taken;
  }

  private onSkip(error: Error): void {
    this.rowEnd = this.info.bytes;
    if ((error as Error & { code?: string }).code === "CSV_QUOTE_NOT_CLOSED") {
      // Reported once the rows after it have been re-read.
      this.unclosedQuote = true;
      return;
    }
    this.notice(this.nextStart, "malformed-row", `row starting on line ${this.nextStart} skipped: ${error.message}`);
  }

  /** Keeps only the chunks that hold bytes of the row being read. */
  private dropReadBytes(): void {
    while (this.pending.length > 1 && this.pendingStart + (this.pending[0]?.length ?? 0) <= this.rowEnd) {
      this.pendingStart += this.pending.shift()?.length ?? 0;
    }
  }

  /**
   * A quote opened in the row on `nextStart` was never closed, so csv-parse read the rest of the input as one
   * field and dropped it. That row is skipped; the lines after it are read again as rows of their own.
   */
  private async rereadAfterBrokenRow(): Promise<void> {
    const line = this.nextStart;
    const bytes = new Uint8Array(this.pending.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of this.pending) {
      bytes.set(part, offset);
      offset += part.length;
    }
    this.pending = [];
    const broken = new TextDecoder().decode(bytes.subarray(Math.max(0, this.rowEnd - this.pendingStart)));
    const rest = afterFirstLine(broken);
    this.notice(
      line,
      "malformed-row",
      `row starting on line ${line} skipped: a quote opened on it is never closed; the lines after it are read as rows`,
    );
    // Rows re-read start on a later line, so this cannot repeat for ever.
    if (rest.trim().length === 0) return;
    const reader = new CsvRowReader(this.delimiter, this.lineBreaks, this.notice, line + 1);
    reader.feed(rest);
    await reader.finish();
    const { rows, lines } = reader.takeRows();
    this.rows.push(...rows);
    this.lines.push(...lines);
  }

  private reportFailure(): void {
    if (this.failure === undefined || this.failure.message === "") return;
    this.notice(
      this.nextStart,
      "malformed-row",
      `CSV parsing stopped at line ${this.nextStart}: ${this.failure.message}; the rows after it were not read`,
    );
    this.failure = new Error("");
  }
}

const encoder = new TextEncoder();

/** The text after the first line break (CRLF, LF or CR); empty when there is none. */
function afterFirstLine(text: string): string {
  const lf = text.indexOf("\n");
  const cr = text.indexOf("\r");
  if (cr >= 0 && (lf < 0 || cr < lf)) return text.slice(text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1);
  return lf < 0 ? "" : text.slice(lf + 1);
}

/**
 * Line breaks inside a row's fields: `exact` counts CRLF once (the line numbering of this reader); csv-parse's own
 * counter counts each CR and LF inside quotes, which `asParserCounts` mirrors.
 */
function countBreaks(row: readonly string[]): { exact: number; asParserCounts: number } {
  let exact = 0;
  let asParserCounts = 0;
  for (const field of row) {
    if (field.indexOf("\n") < 0 && field.indexOf("\r") < 0) continue;
    for (let index = 0; index < field.length; index++) {
      const code = field.charCodeAt(index);
      if (code === 10 || code === 13) {
        asParserCounts++;
        if (!(code === 13 && field.charCodeAt(index + 1) === 10)) exact++;
      }
    }
  }
  return { exact, asParserCounts };
}
