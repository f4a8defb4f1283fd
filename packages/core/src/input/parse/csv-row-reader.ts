import { Parser } from "csv-parse";
import type { LineBreak } from "../detect/detect-line-breaks.js";
import type { ReportDiagnostic } from "./record-parser.js";

/**
 * csv-parse's streaming Parser, fed text synchronously, collecting array rows with the 1-based line each starts on.
 * Rows are taken where the parser pushes them (no readable-side buffering), which is also the moment its line
 * counter says where the row ends; a row is re-scanned for line breaks only when it spans several lines, so the
 * common single-line row costs one comparison.
 */
export class CsvRowReader extends Parser {
  rows: string[][] = [];
  lines: number[] = [];
  private nextStart = 1;
  private lastEnd = 0;
  private failure: Error | undefined;

  constructor(
    delimiter: string,
    lineBreaks: LineBreak[],
    private readonly reportDiagnostic: ReportDiagnostic,
  ) {
    super({
      delimiter,
      relax_column_count: true,
      // Stray quotes inside unquoted values ("Assignment "Lab 3" not found") are common in exports; keep them.
      relax_quotes: true,
      skip_records_with_error: true,
      record_delimiter: lineBreaks,
    });
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
    this.rows.push(row);
    this.lines.push(start);
    return true;
  }

  /** Parses a piece of text; rows completed by it are appended to `rows`/`lines`. */
  feed(text: string): void {
    if (this.failure === undefined) this.write(text);
    this.reportFailure();
  }

  async finish(): Promise<void> {
    if (this.failure === undefined) await new Promise<void>((resolve) => this.end(() => resolve()));
    this.reportFailure();
  }

  /** Hands over the rows collected so far. */
  takeRows(): { rows: string[][]; lines: number[] } {
    const taken = { rows: this.rows, lines: this.lines };
    this.rows = [];
    this.lines = [];
    return taken;
  }

  private onSkip(error: Error): void {
    this.reportDiagnostic(
      this.nextStart,
      "malformed-row",
      `row starting on line ${this.nextStart} skipped: ${error.message}`,
    );
  }

  private reportFailure(): void {
    if (this.failure === undefined || this.failure.message === "") return;
    this.reportDiagnostic(
      this.nextStart,
      "malformed-row",
      `CSV parsing stopped at line ${this.nextStart}: ${this.failure.message}; the rows after it were not read`,
    );
    this.failure = new Error("");
  }
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
