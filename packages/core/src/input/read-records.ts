import type { Notice } from "../diagnostics.js";
import { InputError } from "../errors.js";
import { LIMITS } from "../limits.js";
import type { LogRecord } from "../records/log-record.js";
import { plural } from "../util/plural.js";
import { createParser } from "./create-parser.js";
import { type DecodedInput, decodeInput } from "./decode/decode-input.js";
import { inputChunks } from "./decode/input-chunks.js";
import { askedShape } from "./detect/asked-shape.js";
import { detectLineBreaks } from "./detect/detect-line-breaks.js";
import { type DetectedShape, detectShape } from "./detect/detect-shape.js";
import { refuseUnstructuredText } from "./detect/log-structure.js";
import { noOutcomeColumn } from "./fields/outcome-columns.js";
import { RecordAssembler } from "./fields/record-assembler.js";
import type { InputShape, InputSource, ReadOptions } from "./input-source.js";
import { noticeFor } from "./notice-for.js";
import type { NoRecordsReason, RecordParser } from "./parse/record-parser.js";

/**
 * Streams any Grade Sync export (CSV/TSV/…, JSON, NDJSON, text log; UTF-8/UTF-16, gzip) into typed records, one
 * batch per decoded chunk. Everything inferred or skipped is reported as a diagnostic; input that is not a log at
 * all throws an InputError, and nothing else is ever thrown.
 */
export async function* readRecords(input: InputSource, options: ReadOptions = {}): AsyncGenerator<LogRecord[]> {
  const source = options.source;
  try {
    const notice = noticeFor(options.onDiagnostic, source);
    const decoded = await decodeInput(inputChunks(input)[Symbol.asyncIterator](), source);
    const sniffed = await sniffText(decoded.text);
    if (sniffed.sample.trim().length === 0) throw emptyInput(source);
    const asked = options.shape;
    const detected = asked
      ? askedShape(asked, sniffed.sample, sniffed.complete)
      : detectShape(sniffed.sample, sniffed.complete);
    if (!asked && detected.shape === "text") refuseUnstructuredText(sniffed.sample, source);
    announce(detected, decoded, options, notice);
    const assembler = new RecordAssembler(source, notice, detected.shape === "csv" ? "column" : "key");
    const parser = createParser(detected.shape, {
      delimiter: detected.delimiter ?? ",",
      lineBreaks: detectLineBreaks(sniffed.sample),
      assembler,
      notice,
      source,
      requireLogKeys: !asked,
      titleLines: detected.titleLines ?? 0,
    });
    let records = 0;
    for await (const batch of parse(parser, sniffed.sample, decoded.text)) {
      records += batch.length;
      yield batch;
    }
    assembler.reportDates();
    noticeReplacements(decoded, notice);
    if (records === 0) throw noRecords(detected.shape, source, parser.whyNoRecords?.());
    if (assembler.noOutcomeInAnyRecord()) {
      const column = detected.shape === "csv" ? "column" : "key";
      throw noOutcomeColumn(source, column, `no record has a value in any such ${column}`, 0);
    }
  } catch (error) {
    throw asInputError(error, source);
  }
}

async function* parse(parser: RecordParser, sample: string, rest: AsyncIterator<string>): AsyncGenerator<LogRecord[]> {
  const first = parser.push(sample);
  if (first.length > 0) yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done === true) break;
    const batch = parser.push(next.value);
    if (batch.length > 0) yield batch;
  }
  const last = await parser.end();
  if (last.length > 0) yield last;
}

/** Reads the first ~64 KB of text to decide the shape; the sample is then parsed like any other chunk. */
async function sniffText(text: AsyncIterator<string>): Promise<{ sample: string; complete: boolean }> {
  const parts: string[] = [];
  let length = 0;
  while (length < LIMITS.shapeSniffLength) {
    const next = await text.next();
    if (next.done === true) return { sample: parts.join(""), complete: true };
    parts.push(next.value);
    length += next.value.length;
  }
  return { sample: parts.join(""), complete: false };
}

const SHAPE_NAMES = { csv: "CSV", json: "JSON", ndjson: "NDJSON", text: "a text log" } satisfies Record<
  InputShape,
  string
>;

function announce(detected: DetectedShape, decoded: DecodedInput, options: ReadOptions, notice: Notice): void {
  notice(
    0,
    "shape-detected",
    `read as ${SHAPE_NAMES[detected.shape]} (${detected.reason}), encoding ${decoded.encoding}`,
  );
  const info = { name: options.source ?? "-", shape: detected.shape, encoding: decoded.encoding };
  options.onInputInfo?.(detected.delimiter === undefined ? info : { ...info, delimiter: detected.delimiter });
}

function noticeReplacements(decoded: DecodedInput, notice: Notice): void {
  const { count, firstLine } = decoded.replacements;
  if (count === 0) return;
  notice(
    firstLine,
    "invalid-bytes-replaced",
    `${plural(count, "invalid byte sequence")} for ${decoded.encoding} replaced with U+FFFD, the first on line ${firstLine}`,
  );
}

function emptyInput(source: string | undefined): InputError {
  return new InputError("empty-input", `${source ?? "input"}: expected a log export, but the input is empty`, source);
}

const EXPECTED_RECORDS = {
  csv: "rows after the CSV header, but found only the header",
  json: "an array of log records (or an object wrapping one), but the JSON document holds none",
  ndjson: "one JSON object per line, but found none",
  text: "log lines, but found none",
} satisfies Record<InputShape, string>;

function noRecords(shape: InputShape, source: string | undefined, why: NoRecordsReason | undefined): InputError {
  const name = source ?? "input";
  if (why === undefined) return new InputError("no-records", `${name}: expected ${EXPECTED_RECORDS[shape]}`, source);
  return new InputError("no-records", `${name}: ${why.message}`, source, why.line);
}

/** Anything unexpected from a parser or the platform becomes an InputError, so callers handle one type. */
function asInputError(error: unknown, source: string | undefined): InputError {
  if (error instanceof InputError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new InputError("unreadable-input", `${source ?? "input"}: could not read the input (${reason})`, source);
}
