import type { Notice } from "../diagnostics.js";
import type { LineBreak } from "./detect/detect-line-breaks.js";
import type { RecordAssembler } from "./fields/record-assembler.js";
import type { InputShape } from "./input-source.js";
import { CsvRecordParser } from "./parse/csv-records.js";
import { JsonRecordParser } from "./parse/json-records.js";
import { NdjsonRecordParser } from "./parse/ndjson-records.js";
import type { RecordParser } from "./parse/record-parser.js";
import { TextRecordParser } from "./parse/text-records.js";

export interface ParserContext {
  delimiter: string;
  lineBreaks: LineBreak[];
  assembler: RecordAssembler;
  notice: Notice;
  source: string | undefined;
  /** Refuse JSON records whose keys name no log field (off when the caller asked for the shape). */
  requireLogKeys: boolean;
  /** Non-blank lines of a title above a CSV's header, to skip (detection found them). */
  titleLines: number;
}

/** One parser per container; exhaustive so a new shape does not build until it has a parser. */
const PARSERS = {
  csv: (context) =>
    new CsvRecordParser(
      context.delimiter,
      context.lineBreaks,
      context.assembler,
      context.notice,
      context.source,
      context.titleLines,
    ),
  json: (context) => new JsonRecordParser(context.notice, context.assembler, context.source, context.requireLogKeys),
  ndjson: (context) =>
    new NdjsonRecordParser(context.notice, context.assembler, context.source, context.requireLogKeys),
  text: (context) => new TextRecordParser(context.notice, context.assembler),
} satisfies Record<InputShape, (context: ParserContext) => RecordParser>;

export function createParser(shape: InputShape, context: ParserContext): RecordParser {
  return PARSERS[shape](context);
}
