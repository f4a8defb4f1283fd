import type { Notice } from "../../diagnostics.js";
import { LIMITS } from "../../limits.js";
import { lineBreaks } from "../../util/line-breaks.js";
import { closingQuote, quotedValue } from "../../util/quoted-field.js";
import type { LineBreak } from "../detect/detect-line-breaks.js";
import { CsvRowReader } from "./csv-row-reader.js";

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Why the scanner stopped before the end of a chunk. */
const NEED_MORE = -1;
const IRREGULAR = -2;

/**
 * The CSV rows of well-formed text, found with indexOf and split instead of csv-parse's character-by-character
 * state machine: the bench's 1M-row export in about 1 s instead of 5. Same rows on the same lines, for the same
 * options (differential tests hold it to that): quoted fields with "" escapes and line breaks inside, a quote
 * inside an unquoted value kept as text (csv-parse's relax_quotes), ragged rows, the detected record delimiters.
 * One difference: a CR or LF that does not end rows (a lone CR in an LF file) is not a line of its own here, as
 * in an editor. The first row that is not well formed (a closing quote followed by text, a quote never closed)
 * and everything after it go to csv-parse (CsvRowReader), which knows how to recover from each of those; a clean
 * export never gets there.
 */
export class CsvFastRows {
  private rows: string[][] = [];
  private lines: number[] = [];
  /** Text of the row not yet complete at the end of the last chunk. */
  private carry = "";
  /** Line the carried row starts on. */
  private line: number;
  private fallback: CsvRowReader | undefined;
  private readonly delimiterCode: number;
  /** LF ends a row; CR does too (alone, or before LF) when the file uses it. */
  private readonly lf: boolean;
  private readonly cr: boolean;
  private readonly crlf: boolean;

  constructor(
    private readonly delimiter: string,
    private readonly lineBreaks: LineBreak[],
    private readonly notice: Notice,
  ) {
    this.delimiterCode = delimiter.charCodeAt(0);
    this.lf = lineBreaks.includes("\n");
    this.cr = lineBreaks.includes("\r");
    this.crlf = lineBreaks.includes("\r\n");
    this.line = 1;
  }

  /** True once csv-parse reads the rest of the input (the text was not well formed). */
  get handedOver(): boolean {
    return this.fallback !== undefined;
  }

  /** Parses a piece of text; rows completed by it are appended to `rows`/`lines`. */
  feed(text: string): void {
    if (this.fallback) this.fallback.feed(text);
    else if (this.carry.length === 0) this.scan(text, 0, false);
    else {
      const from = this.completeCarriedRow(text);
      this.scan(from < 0 ? this.carry + text : text, Math.max(from, 0), false);
    }
  }

  /**
   * The row cut by the end of the last chunk, completed from the start of `text` and added, when it is a plain one
   * (no quote, not cut inside a CRLF): returns where the rest of `text` starts, or -1 to scan carry and text joined.
   * Joining them costs a copy of every chunk (the joined text is flattened by the first indexOf): 300 MB of
   * allocation on a 1M-row export, for a row of a hundred characters.
   */
  private completeCarriedRow(text: string): number {
    const carry = this.carry;
    if (carry.charCodeAt(carry.length - 1) === CR || carry.includes('"')) return -1;
    const end = this.rowEnd(text, 0, false);
    if (end < 0) return -1;
    const quote = text.indexOf('"');
    if (quote >= 0 && quote < end) return -1;
    this.rows.push((carry + text.slice(0, end)).split(this.delimiter));
    this.lines.push(this.line++);
    this.carry = "";
    return this.afterBreak(text, end);
  }

  async finish(): Promise<void> {
    if (!this.fallback && this.carry.length > 0) this.scan(this.carry, 0, true);
    if (this.fallback) await this.fallback.finish();
  }

  /** Hands over the rows collected so far. */
  takeRows(): { rows: string[][]; lines: number[] } {
    if (this.fallback) {
      const more = this.fallback.takeRows();
      for (let index = 0; index < more.rows.length; index++) {
        this.rows.push(more.rows[index] as string[]);
        this.lines.push(more.lines[index] as number);
      }
    }
    const taken = { rows: this.rows, lines: this.lines };
    this.rows = [];
    this.lines = [];
    return taken;
  }

  /** Reads the rows of `text` from `from` on; what is left after the last complete one is carried. */
  private scan(text: string, from: number, final: boolean): void {
    let at = from;
    let quote = text.indexOf('"', from);
    while (at < text.length) {
      const end = this.rowEnd(text, at, final);
      if (end < 0) break;
      if (quote < 0 || quote >= end) {
        // The common row: no quote anywhere, so split does all the work.
        this.rows.push(text.slice(at, end).split(this.delimiter));
        this.lines.push(this.line++);
        at = this.afterBreak(text, end);
        continue;
      }
      const next = this.quotedRow(text, at, final);
      if (next === NEED_MORE) break;
      if (next === IRREGULAR) {
        this.handOver(text.slice(at));
        return;
      }
      at = next;
      quote = text.indexOf('"', at);
    }
    this.carry = at === 0 ? text : text.slice(at);
    // Re-scanning an ever longer unfinished row at every chunk would be quadratic (a quote left open near the top
    // of a large file, a file without line breaks): csv-parse reads on from there without re-scanning.
    if (this.carry.length > LIMITS.carriedRowLength || (final && this.carry.length > 0)) this.handOver(this.carry);
  }

  /**
   * Where the row starting at `at` ends (the index of its line break), or -1 when the text holds no complete row
   * yet. A CR at the very end may be the first half of a CRLF, so it waits for the next chunk.
   */
  private rowEnd(text: string, at: number, final: boolean): number {
    const lf = this.lf || this.crlf ? text.indexOf("\n", at) : -1;
    if (this.cr) {
      const cr = text.indexOf("\r", at);
      if (cr >= 0 && (lf < 0 || cr < lf)) return cr === text.length - 1 && !final ? -1 : cr;
    }
    if (lf >= 0) {
      // With CRLF the CR before the LF is part of the break, not of the last field.
      return this.crlf && lf > at && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf;
    }
    return final ? text.length : -1;
  }

  /** The index after the line break that ends a row at `end`. */
  private afterBreak(text: string, end: number): number {
    if (this.crlf && text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF) return end + 2;
    return end + 1;
  }

  /** Is the character at `at` a line break that ends a row here? */
  private isBreak(text: string, at: number): boolean {
    const code = text.charCodeAt(at);
    if (code === LF) return this.lf || this.crlf;
    if (code !== CR) return false;
    return this.cr || (this.crlf && text.charCodeAt(at + 1) === LF);
  }

  /**
   * A row with a quote in it, field by field. Returns the index after the row's line break, NEED_MORE when the
   * row runs past the end of the text, or IRREGULAR for input only csv-parse's recovery rules can read.
   */
  private quotedRow(text: string, start: number, final: boolean): number {
    const row: string[] = [];
    let at = start;
    let breaksInside = 0;
    for (;;) {
      if (text.charCodeAt(at) === QUOTE) {
        const close = closingQuote(text, at);
        if (close < 0) return final ? IRREGULAR : NEED_MORE;
        if (close + 1 === text.length && !final) return NEED_MORE;
        const value = quotedValue(text, at, close);
        at = close + 1;
        breaksInside += lineBreaks(value);
        row.push(value);
        if (at === text.length) return this.endRow(row, breaksInside, text.length);
        if (text.charCodeAt(at) === this.delimiterCode) {
          at++;
          continue;
        }
        if (text.charCodeAt(at) === CR && at + 1 === text.length && !final) return NEED_MORE;
        if (this.isBreak(text, at)) {
          return this.endRow(row, breaksInside, this.afterBreak(text, at));
        }
        return IRREGULAR;
      }
      // An unquoted field: up to the next delimiter or line break; a quote inside it is text.
      const delimiter = text.indexOf(this.delimiter, at);
      const end = this.rowEnd(text, at, final);
      if (end < 0) return NEED_MORE;
      if (delimiter >= 0 && delimiter < end) {
        row.push(text.slice(at, delimiter));
        at = delimiter + 1;
        continue;
      }
      row.push(text.slice(at, end));
      return this.endRow(row, breaksInside, end === text.length ? end : this.afterBreak(text, end));
    }
  }

  private endRow(row: string[], breaksInside: number, next: number): number {
    this.rows.push(row);
    this.lines.push(this.line);
    this.line += breaksInside + 1;
    return next;
  }

  /** From the row at the start of `text` on, csv-parse reads the rest of the input. */
  private handOver(text: string): void {
    this.carry = "";
    this.fallback = new CsvRowReader(this.delimiter, this.lineBreaks, this.notice, this.line);
    this.fallback.feed(text);
  }
}
