import type { Notice } from "../../diagnostics.js";
import { LIMITS } from "../../limits.js";
import type { LogRecord } from "../../records/log-record.js";
import { canvasExportOf, wrongCanvasExport } from "../detect/canvas-exports.js";
import type { LineBreak } from "../detect/detect-line-breaks.js";
import type { ColumnTarget } from "../fields/column-target.js";
import { errorTextScore } from "../fields/content-scores.js";
import { fieldForPath } from "../fields/field-aliases.js";
import { WITHOUT_IDENTITY } from "../fields/infer-identity.js";
import { type ColumnMapping, listSome, mapColumns, type SampledColumn } from "../fields/map-columns.js";
import { expectedContent, namedOrContent, noOutcomeColumn, saysOutcome } from "../fields/outcome-columns.js";
import { isDate } from "../fields/parse-date.js";
import type { RecordAssembler } from "../fields/record-assembler.js";
import { statusFromWord } from "../fields/status-words.js";
import { CsvFastRows } from "./csv-fast-rows.js";
import type { NoRecordsReason, RecordParser } from "./record-parser.js";

/** A mapped column: where its values go and the index to read them from. */
interface PlannedColumn extends ColumnTarget {
  index: number;
}

/**
 * CSV/TSV → records. The first row is the header (unless it reads like data); the first rows are held back until
 * the columns are mapped, then every row becomes a record through a column plan computed once.
 */
export class CsvRecordParser implements RecordParser {
  private readonly reader: CsvFastRows;
  private header: string[] | undefined;
  private plan: PlannedColumn[] | undefined;
  private sample: { rows: string[][]; lines: number[] } = { rows: [], lines: [] };
  private widthDiagnostics = 0;
  private headerLine = 1;
  private skippedTitles = 0;
  /** The first row held data: every column is mapped by its values, from a larger sample. */
  private headerless = false;
  /** Rows with text in them that gave no record (no mapped column had a value). */
  private readonly unread: RowTally = { first: 0, count: 0 };
  /** Rows equal to the header (exports concatenated into one file). */
  private readonly repeatedHeader: RowTally = { first: 0, count: 0 };
  /** A spreadsheet's "Total" rows below the data (a label and numbers). */
  private readonly totalRows: RowTally = { first: 0, count: 0 };
  /** Records handed out so far: with none, the rows not read are the reason why (`whyNoRecords`). */
  private recordsGiven = 0;

  constructor(
    delimiter: string,
    lineBreaks: LineBreak[],
    private readonly assembler: RecordAssembler,
    private readonly notice: Notice,
    private readonly source: string | undefined,
    /** Rows of a title above the header still to skip (blank rows are skipped anyway). */
    private titleRows = 0,
  ) {
    this.reader = new CsvFastRows(delimiter, lineBreaks, notice);
  }

  push(text: string): LogRecord[] {
    this.reader.feed(text);
    return this.consume(false);
  }

  async end(): Promise<LogRecord[]> {
    await this.reader.finish();
    const last = this.consume(true);
    if (this.recordsGiven + last.length > 0) this.reportSkippedRows();
    this.reportRepeatedHeader();
    this.reportTotalRows();
    return last;
  }

  /** A header row again below the data: exports put one after another, each with its header. Said once. */
  private reportRepeatedHeader(): void {
    const { first, count } = this.repeatedHeader;
    if (count === 0) return;
    const more = moreSkipped(count, " and on ");
    const why = " (exports concatenated into one file, each with its header)";
    this.notice(first, "header-repeated", `the header row is repeated on line ${first}${more}${why}`);
  }

  /** Totals a spreadsheet added under the data: a label such as Total and numbers, no course, no message. */
  private reportTotalRows(): void {
    const { first, count } = this.totalRows;
    if (count === 0) return;
    const more = moreSkipped(count, " and ");
    this.notice(first, "total-rows-skipped", `the row on line ${first} is a total (a label and numbers only)${more}`);
  }

  /**
   * Rows with text but no value in any column read (`,,,,` a spreadsheet leaves below the data, or notes in an
   * ignored column) are no records; said once with how many, so no row is lost unseen. With no record at all,
   * `whyNoRecords` says it instead.
   */
  private reportSkippedRows(): void {
    const { first, count } = this.unread;
    if (count === 0) return;
    const plan = this.plan ?? [];
    const read = plan.map((column) => this.header?.[column.index] ?? "");
    const ignored = (this.header ?? []).filter((_, index) => !plan.some((column) => column.index === index));
    const row = `the row on line ${first} has no value in the columns read (${listSome(read)})`;
    const more = moreSkipped(count, ", and ");
    const ignoring = ignored.length === 0 ? "" : ` (the ignored columns, ${listSome(ignored)}, are not read)`;
    this.notice(first, "empty-rows-skipped", `${row}${more}${ignoring}`);
  }

  /**
   * Rows were there but none became a record: "found only the header" would send a user with unfamiliar column
   * names looking for missing rows, when the header is what needs changing.
   */
  whyNoRecords(): NoRecordsReason | undefined {
    const { first, count } = this.unread;
    if (count === 0) return undefined;
    const rows = count === 1 ? `its row on line ${first} was` : `its ${count} rows from line ${first} were`;
    if (this.plan !== undefined && this.plan.length > 0) {
      const columns = this.plan.map((column) => this.header?.[column.index] ?? "").join(", ");
      return {
        line: first,
        message: `expected rows with a value in the columns read (${columns}), but they are empty, so ${rows} not read`,
      };
    }
    const arrived = this.headerless
      ? `the file has no header row and none of its ${this.header?.length ?? 0} columns could be mapped by its values`
      : `the header on line ${this.headerLine} has ${listSome(this.header ?? [])} and none of them could be mapped`;
    return {
      line: this.headerLine,
      message:
        `expected a message column ${namedOrContent("message")}, or a status column ${namedOrContent("status")}, ` +
        `but ${arrived}, so ${rows} not read; rename the message column to one of those names`,
    };
  }

  private consume(final: boolean): LogRecord[] {
    const { rows, lines } = this.reader.takeRows();
    let from = 0;
    // Blank lines before the header are not the header, nor is a title the detection found above it.
    while (this.header === undefined && from < rows.length) {
      const blank = isBlank(rows[from] ?? []);
      if (!blank && this.titleRows === 0) break;
      if (!blank) {
        this.titleRows--;
        this.skippedTitles++;
      }
      from++;
    }
    if (this.header === undefined && from < rows.length) {
      const line = lines[from] ?? 1;
      from += this.takeHeader(rows[from] ?? [], line);
      if (this.skippedTitles > 0) {
        const what = this.skippedTitles === 1 ? "a title line" : `${this.skippedTitles} title lines`;
        this.notice(0, "title-lines-skipped", `${what} above the header on line ${line} skipped: a title, not rows`);
      }
    }
    if (this.plan === undefined) {
      for (let index = from; index < rows.length; index++) {
        this.sample.rows.push(rows[index] ?? []);
        this.sample.lines.push(lines[index] ?? 0);
      }
      const enough = this.headerless ? LIMITS.headerlessMappingSample : LIMITS.mappingSample;
      if (this.sample.rows.length < enough && !final) return [];
      if (this.header === undefined) return [];
      this.plan = this.planColumns(this.header);
      const held = this.sample;
      this.sample = { rows: [], lines: [] };
      return this.refuseWithoutOutcome(this.toRecords(held.rows, held.lines, 0, this.plan));
    }
    return this.refuseWithoutOutcome(this.toRecords(rows, lines, from, this.plan));
  }

  /**
   * Rows read through columns that say nothing of their outcome would all be info, and the run "no errors": the
   * input is refused once it gives a record (a header with no rows is said as such, a header mapping nothing by
   * `whyNoRecords`). The plan never changes, so the first batch with records decides.
   */
  private refuseWithoutOutcome(records: LogRecord[]): LogRecord[] {
    if (records.length === 0 || this.plan?.some(saysOutcome) !== false) return records;
    const arrived = this.headerless
      ? `the file has no header row and none of its ${this.header?.length ?? 0} columns holds error text or status words`
      : `the header on line ${this.headerLine} has ${listSome(this.header ?? [])}`;
    throw noOutcomeColumn(this.source, "column", arrived, this.headerLine);
  }

  /** Reads the header row; returns 1 when it was a header, 0 when the file has none and the row is data. */
  private takeHeader(row: string[], line: number): number {
    if (isHeaderless(row)) {
      this.header = row.map((_, index) => `column ${index + 1}`);
      this.headerless = true;
      this.headerLine = line;
      return 0;
    }
    this.header = row.map((name, index) => name.trim() || `column ${index + 1}`);
    this.headerLine = line;
    const canvasExport = canvasExportOf(this.header);
    if (canvasExport !== null) throw wrongCanvasExport(canvasExport, this.source, line);
    return 1;
  }

  private planColumns(header: string[]): PlannedColumn[] {
    const columns: SampledColumn[] = header.map((name, index) => ({
      name,
      values: sampleValues(this.sample.rows, index),
    }));
    const mapping: ColumnMapping = mapColumns(columns, {
      exclusive: true,
      ...(this.headerless && { headerless: this.sample.rows }),
    });
    const where = this.headerless
      ? `no header row: line ${this.headerLine} holds data, so every column is mapped by its values`
      : `header on line ${this.headerLine}`;
    this.notice(0, "columns-mapped", `columns (${where}): ${mapping.summary}`);
    for (const field of mapping.missing) {
      const how = this.headerless ? "looked by content" : "looked for its usual names and by content";
      if (field === "message" || field === "status") {
        this.notice(0, "field-not-found", `no column holds the ${field}; ${this.expectedColumn(field)}`);
        continue;
      }
      this.notice(0, "field-not-found", `no column holds the ${field}; ${how}: ${WITHOUT_IDENTITY[field]}`);
    }
    const plan: PlannedColumn[] = [];
    mapping.targets.forEach((target, index) => {
      if (target !== undefined) plan.push({ ...target, index });
    });
    return plan;
  }

  /** What a message or status column looks like, and what arrived instead: a header in another language, say. */
  private expectedColumn(field: "message" | "status"): string {
    if (this.headerless) return `looked by content: ${expectedContent(field)}`;
    return `expected a column ${namedOrContent(field)}; the header has ${listSome(this.header ?? [])}`;
  }

  /** The hot loop: one plain object per row with only the fields present. */
  private toRecords(rows: string[][], lines: number[], from: number, plan: PlannedColumn[]): LogRecord[] {
    const records: LogRecord[] = [];
    const assembler = this.assembler;
    const width = this.header?.length ?? 0;
    const header = this.headerless ? undefined : this.header;
    for (let index = from; index < rows.length; index++) {
      const row = rows[index] as string[];
      const line = lines[index] as number;
      // Read as data, a repeated header is an error of course "course_id" whose message is "message".
      if (header !== undefined && row.length === width && sameCells(row, header)) {
        tally(this.repeatedHeader, line);
        continue;
      }
      // Read as data, "Total,,2" is an error of course "Total" whose message is "2".
      if (isTotalRow(row)) {
        tally(this.totalRows, line);
        continue;
      }
      const record = assembler.begin(line);
      let present = 0;
      for (let column = 0; column < plan.length; column++) {
        const target = plan[column] as PlannedColumn;
        const value = row[target.index];
        if (value === undefined || value.length === 0) continue;
        assembler.setText(record, target, value);
        present++;
      }
      if (row.length !== width) this.reportWidth(row, line, width);
      if (present > 0) records.push(assembler.finish(record));
      else if (!isBlank(row)) tally(this.unread, line);
    }
    this.recordsGiven += records.length;
    return records;
  }

  private reportWidth(row: string[], line: number, width: number): void {
    if (isBlank(row)) return;
    this.widthDiagnostics++;
    if (this.widthDiagnostics > LIMITS.raggedRowDiagnostics) return;
    const more =
      this.widthDiagnostics === LIMITS.raggedRowDiagnostics ? " (further rows like this are not reported)" : "";
    this.notice(
      line,
      "malformed-row",
      `row on line ${line} has ${row.length} fields where the header has ${width}; fields were read by position${more}`,
    );
  }
}

function sampleValues(rows: string[][], index: number): string[] {
  const values: string[] = [];
  for (const row of rows) {
    const value = row[index]?.trim();
    if (value !== undefined && value.length > 0) values.push(value);
  }
  return values;
}

/**
 * Is the first row data rather than a header? Data has dates, sentences of error text and status words; a header
 * has column names. Some status words are column names too ("error" names the message column of many exports),
 * so one known name does not make a header: a row is data when its dates (which no header holds, so they count
 * twice), error texts and status words outnumber its known column names. A first row "2025-09-14T10:00:00Z, …,
 * error, given GradebookColumnType …" was taken for a header with one column, "error", and lost.
 */
function isHeaderless(row: string[]): boolean {
  let names = 0;
  let data = 0;
  for (const raw of row) {
    const cell = raw.trim();
    if (isDate(cell)) data += 2;
    else if (fieldForPath(cell) !== undefined) names++;
    else if (statusFromWord(cell) !== undefined || errorTextScore([cell]) > 0) data++;
  }
  return data > names;
}

/** The labels a spreadsheet's sum row starts with, in the languages whose column names are known. */
const TOTAL_LABELS: ReadonlySet<string> = new Set([
  "total",
  "totals",
  "grand total",
  "sum",
  "summe",
  "gesamt",
  "insgesamt",
  "gesamtsumme",
  "suma",
  "total général",
  "totale",
]);

/** The first letters of TOTAL_LABELS, lower case. */
const TOTAL_INITIALS: ReadonlySet<number> = new Set([...TOTAL_LABELS].map((label) => label.charCodeAt(0)));

/** A label of TOTAL_LABELS (a colon after it or not) and then only numbers or empty cells. */
function isTotalRow(row: readonly string[]): boolean {
  let at = 0;
  while (at < row.length && (row[at] as string).length === 0) at++;
  const label = row[at];
  // The hot loop asks this of every row: most fail here without a copy (an id, a date, a name of other letters).
  if (label === undefined || label.length > 16 || !TOTAL_INITIALS.has(label.charCodeAt(0) | 0x20)) return false;
  if (!TOTAL_LABELS.has(label.trim().replace(/:$/, "").toLowerCase())) return false;
  for (let cell = at + 1; cell < row.length; cell++) {
    const value = (row[cell] as string).trim();
    if (value.length > 0 && !/^[\d.,\s']+$/.test(value)) return false;
  }
  return true;
}

/**
 * Whether a row names the header's columns again. A file appended with `cat` brings its byte-order mark along,
 * which `trim` removes (U+FEFF is white space to JavaScript).
 */
function sameCells(row: readonly string[], header: readonly string[]): boolean {
  return row.every((cell, index) => cell.trim() === header[index]);
}

/** Rows of one kind that gave no record: the first one's line and how many. */
interface RowTally {
  first: number;
  count: number;
}

function tally(rows: RowTally, line: number): void {
  if (rows.count++ === 0) rows.first = line;
}

function isBlank(row: readonly string[]): boolean {
  return row.length === 1 && (row[0] ?? "").trim() === "";
}

/** What a skipped-rows diagnostic adds after its first row: that row alone, or how many more and in all. */
function moreSkipped(count: number, lead: string): string {
  return count === 1
    ? "; it is skipped, not a record"
    : `${lead}${count - 1} more after it (${count} in all); these rows are skipped, not records`;
}
