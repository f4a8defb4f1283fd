import { LIMITS } from "../../limits.js";
import { lineBreaks } from "../../util/line-breaks.js";
import { closingQuote, quotedValue } from "../../util/quoted-field.js";

/** Receives each record of a CSV file as Canvas's reader would see it. */
export type RowSink = (fields: string[], record: number, line: number) => void;

/** Where and why Ruby's CSV parser would raise MalformedCSVError, which makes Canvas skip the whole file. */
export interface Malformed {
  /** The record (Canvas's row number: the header is 1) and the physical line where it starts. */
  record: number;
  line: number;
  reason: "illegal-quoting" | "text-after-quote" | "unclosed-quote" | "stray-line-break";
}

const QUOTE = 34;
const COMMA = 44;
const NEED_MORE = -1;

/**
 * The records of a CSV file read the way Canvas reads an SIS import (Ruby's CSV with `skip_blanks`): the row
 * separator is the first line break in the file (CRLF, LF or CR); a quote may only open a field, `""` escapes one
 * inside it, and a closing quote must be followed by a comma or the row's end; a line break of another kind in an
 * unquoted field is an error; empty lines are skipped and not counted. Records are numbered as Canvas numbers rows in
 * its errors file (`lineno + 2`: the header is 1, the first data row 2). The first irregularity stops reading, as
 * Ruby raises there and Canvas then skips the file. Rows without a quote (nearly all) are cut with indexOf and split.
 */
export class CanvasCsvRows {
  private carry = "";
  private separator: string | null = null;
  private record = 0;
  private line = 1;
  private failure: Malformed | null = null;

  constructor(private readonly sink: RowSink) {}

  get malformed(): Malformed | null {
    return this.failure;
  }

  /** Records read so far (the header included). */
  get records(): number {
    return this.record;
  }

  feed(text: string): void {
    if (this.failure) return;
    this.scan(this.carry.length === 0 ? text : this.carry + text, false);
  }

  finish(): void {
    if (this.failure) return;
    if (this.carry.length > 0) this.scan(this.carry, true);
    this.carry = "";
  }

  private scan(text: string, final: boolean): void {
    if (this.separator === null) {
      this.separator = separatorOf(text);
      if (this.separator === null && !final) {
        this.keep(text, 0);
        return;
      }
    }
    const separator = this.separator ?? "\n";
    let at = 0;
    let quote = text.indexOf('"');
    let stray = strayBreak(text, 0, separator);
    while (at < text.length) {
      let end = text.indexOf(separator, at);
      if (end < 0) {
        if (!final) break;
        end = text.length;
      }
      if (quote >= 0 && quote < at) quote = text.indexOf('"', at);
      if (stray >= 0 && stray < at) stray = strayBreak(text, at, separator);
      if (quote >= 0 && quote < end) {
        const next = this.quotedRow(text, at, separator, final);
        if (this.failure) return;
        if (next === NEED_MORE) break;
        at = next;
        continue;
      }
      if (stray >= 0 && stray < end) {
        this.fail("stray-line-break", text, at, stray);
        return;
      }
      if (end > at) this.sink(text.slice(at, end).split(","), ++this.record, this.line);
      this.line++;
      at = end + separator.length;
    }
    this.keep(text, at);
  }

  private keep(text: string, at: number): void {
    this.carry = at === 0 ? text : text.slice(at);
    // An unfinished row this long is a quote never closed (or a file with no line breaks): Ruby would read on to
    // the end and raise; re-scanning an ever longer carry at each chunk would be quadratic.
    if (this.carry.length > LIMITS.carriedRowLength) this.fail("unclosed-quote", this.carry, 0, 0);
  }

  /**
   * A row with a quote in it, field by field. Returns the index after the row's separator, NEED_MORE when the row
   * runs past the end of the text, or sets the failure.
   */
  private quotedRow(text: string, start: number, separator: string, final: boolean): number {
    const row: string[] = [];
    let at = start;
    let breaks = 0;
    for (;;) {
      if (text.charCodeAt(at) === QUOTE) {
        const close = closingQuote(text, at);
        if (close < 0) return final ? this.fail("unclosed-quote", text, start, start) : NEED_MORE;
        if (close + 1 === text.length && !final) return NEED_MORE;
        const value = quotedValue(text, at, close);
        at = close + 1;
        breaks += lineBreaks(value);
        row.push(value);
        if (at === text.length) return this.endRow(row, breaks, at);
        if (text.charCodeAt(at) === COMMA) {
          at++;
          continue;
        }
        if (text.startsWith(separator, at)) return this.endRow(row, breaks, at + separator.length);
        if (!final && separator.startsWith(text.slice(at))) return NEED_MORE;
        return this.fail("text-after-quote", text, start, at);
      }
      let end = text.indexOf(separator, at);
      if (end < 0) {
        if (!final) return NEED_MORE;
        end = text.length;
      }
      const comma = text.indexOf(",", at);
      const fieldEnd = comma >= 0 && comma < end ? comma : end;
      const quote = text.indexOf('"', at);
      if (quote >= 0 && quote < fieldEnd) return this.fail("illegal-quoting", text, start, quote);
      const value = text.slice(at, fieldEnd);
      // The row's end is the first separator, so any line break before it is of another kind.
      const stray = value.search(/[\r\n]/);
      if (stray >= 0) return this.fail("stray-line-break", text, start, at + stray);
      row.push(value);
      if (fieldEnd === comma) {
        at = comma + 1;
        continue;
      }
      return this.endRow(row, breaks, end === text.length ? end : end + separator.length);
    }
  }

  private endRow(row: string[], breaks: number, next: number): number {
    this.sink(row, ++this.record, this.line);
    this.line += breaks + 1;
    return next;
  }

  private fail(reason: Malformed["reason"], text: string, rowStart: number, at: number): number {
    this.failure = {
      record: this.record + 1,
      line: this.line + lineBreaks(text.slice(rowStart, Math.max(rowStart, at))),
      reason,
    };
    this.carry = "";
    return NEED_MORE;
  }
}

/** Ruby's CSV takes the first line break in the data as the row separator, quoted or not. */
function separatorOf(text: string): string | null {
  const lf = text.indexOf("\n");
  const cr = text.indexOf("\r");
  if (cr >= 0 && (lf < 0 || cr < lf)) {
    if (cr + 1 === text.length) return null;
    return text.charCodeAt(cr + 1) === 10 ? "\r\n" : "\r";
  }
  return lf >= 0 ? "\n" : null;
}

/** The first line break at or after `from` that is not (part of) the row separator, or -1. */
function strayBreak(text: string, from: number, separator: string): number {
  if (separator === "\n") return text.indexOf("\r", from);
  if (separator === "\r") return text.indexOf("\n", from);
  for (let at = from; ; ) {
    const cr = text.indexOf("\r", at);
    const lf = text.indexOf("\n", at);
    if (cr < 0 && lf < 0) return -1;
    if (lf >= 0 && (cr < 0 || lf < cr)) return lf;
    if (text.charCodeAt(cr + 1) !== 10) return cr === text.length - 1 ? -1 : cr;
    at = cr + 2;
  }
}
