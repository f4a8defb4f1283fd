import { LIMITS } from "../../limits.js";
import { fieldForName } from "../fields/field-aliases.js";
import type { InputShape } from "../input-source.js";
import { parseLogLine } from "../parse/log-line.js";
import { type Delimiter, detectDelimiter } from "./detect-delimiter.js";

export interface DetectedShape {
  shape: InputShape;
  delimiter?: Delimiter;
  /** Why, in words, for the shape-detected diagnostic. */
  reason: string;
  /** Lines of a title above a CSV's header (blank lines not counted), which the parser skips. */
  titleLines?: number;
}

/** Share of records that must agree with the header's field count for the text to be taken as CSV. */
const MIN_CONSISTENCY = 0.6;

/**
 * Decides the container from the first ~64 KB. JSON starts with `{` or `[` (but `[2025-09-14 …]` is a log line);
 * one complete object per line is NDJSON; lines that split into the same number of fields on one delimiter are CSV;
 * anything else is a text log, which includes a single bare error line.
 */
export function detectShape(sample: string, complete: boolean): DetectedShape {
  const start = firstNonSpace(sample);
  const first = sample[start];
  if (first === "{") return objectShape(sample, start);
  if (first === "[" && opensJsonArray(sample, start)) return { shape: "json", reason: "starts with a JSON array" };
  return delimitedOrText(sample, start, complete);
}

function firstNonSpace(text: string, from = 0): number {
  let index = from;
  while (index < text.length && text.charCodeAt(index) <= 32) index++;
  return index;
}

function objectShape(sample: string, start: number): DetectedShape {
  const lineEnd = endOfLine(sample, start);
  const firstLine = sample.slice(start, lineEnd).trim();
  // A lone one-line object is a JSON document (it may wrap the record array); NDJSON needs a second line.
  const more = sample.slice(lineEnd).trim().length > 0;
  if (more && firstLine.endsWith("}") && parsesAsObject(firstLine)) {
    return { shape: "ndjson", reason: "one JSON object per line" };
  }
  return { shape: "json", reason: "starts with a JSON object" };
}

function parsesAsObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function opensJsonArray(sample: string, start: number): boolean {
  const next = firstNonSpace(sample.slice(start + 1, start + 256));
  const char = sample[start + 1 + next];
  return char === undefined || char === "{" || char === "[" || char === '"' || char === "]";
}

function endOfLine(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return index;
  }
  return text.length;
}

function delimitedOrText(sample: string, start: number, complete: boolean): DetectedShape {
  const body = sample.slice(start);
  if (startsWithTimeAndLevel(body)) return { shape: "text", reason: "lines that start with a timestamp and a level" };
  const guess = detectDelimiter(body, complete);
  const firstLine = body.slice(0, endOfLine(body, 0));
  if (guess !== undefined && !looksLikeKeyValueLog(firstLine)) {
    const name = delimiterName(guess.delimiter);
    if (guess.records > 0 && guess.consistency >= MIN_CONSISTENCY) {
      return {
        shape: "csv",
        delimiter: guess.delimiter,
        reason: `${name}-separated with ${guess.headerFields} columns`,
      };
    }
    if (guess.records === 0 && knownHeaderNames(firstLine, guess.delimiter) >= 2) {
      return { shape: "csv", delimiter: guess.delimiter, reason: `${name}-separated header line` };
    }
  }
  // A one-column export ("Error Message" then one message per line) has no delimiter but a known header name.
  if (guess === undefined && fieldForName(firstLine.trim().replace(/^"|"$/g, "")) !== undefined) {
    return { shape: "csv", delimiter: ",", reason: "a single column under a known header" };
  }
  return underTitle(body, complete) ?? { shape: "text", reason: "lines of text (no consistent delimiter)" };
}

/**
 * A CSV whose export put a title above the header ("Grade Sync Report", an export date, a blank line): after one to
 * `LIMITS.titleLines` lines, a header of known column names with rows that agree with it. Known names are required,
 * so a text log whose later lines happen to share a comma count is not read as CSV.
 */
function underTitle(body: string, complete: boolean): DetectedShape | undefined {
  let at = 0;
  for (let titleLines = 1; titleLines <= LIMITS.titleLines; titleLines++) {
    at = firstNonSpace(body, endOfLine(body, at));
    if (at >= body.length) return undefined;
    const rest = body.slice(at);
    const guess = detectDelimiter(rest, complete);
    if (guess === undefined || guess.records === 0 || guess.consistency < MIN_CONSISTENCY) continue;
    if (knownHeaderNames(rest.slice(0, endOfLine(rest, 0)), guess.delimiter) < 2) continue;
    const lines = titleLines === 1 ? "a title line" : `${titleLines} title lines`;
    return {
      shape: "csv",
      delimiter: guess.delimiter,
      titleLines,
      reason: `${delimiterName(guess.delimiter)}-separated with ${guess.headerFields} columns, under ${lines}`,
    };
  }
  return undefined;
}

/** `key=value` pairs make a line a service log even when it happens to contain commas. */
function looksLikeKeyValueLog(line: string): boolean {
  let pairs = 0;
  for (let at = line.indexOf("="); at > 0 && pairs < 2; at = line.indexOf("=", at + 1)) {
    const before = line.charCodeAt(at - 1);
    if ((before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95) pairs++;
  }
  return pairs >= 2;
}

/** Lines looked at to tell a service log whose lines hold commas from a CSV. */
const LOG_SAMPLE_LINES = 10;

/**
 * Most of the first lines start with a timestamp and a level word (`2025-09-14 10:00:00,123 ERROR …`): a service
 * log, though log4j's and Python's comma before the milliseconds split every line in two at a comma. A CSV row
 * never reads so: its level, if any, is followed by a delimiter, not a space.
 */
function startsWithTimeAndLevel(body: string): boolean {
  let lines = 0;
  let logLines = 0;
  for (let at = 0; at < body.length && lines < LOG_SAMPLE_LINES; ) {
    const end = endOfLine(body, at);
    const line = body.slice(at, end);
    at = firstNonSpace(body, end);
    if (line.trim().length === 0) continue;
    lines++;
    const parsed = parseLogLine(line);
    if (parsed.timestamp !== undefined && parsed.level !== undefined) logLines++;
  }
  return lines > 0 && logLines * 5 >= lines * 4;
}

function knownHeaderNames(line: string, delimiter: Delimiter): number {
  return line.split(delimiter).filter((cell) => fieldForName(cell.replace(/"/g, "")) !== undefined).length;
}

const DELIMITER_NAMES = { ",": "comma", "\t": "tab", ";": "semicolon", "|": "pipe" } satisfies Record<
  Delimiter,
  string
>;

export function delimiterName(delimiter: Delimiter): string {
  return DELIMITER_NAMES[delimiter];
}
