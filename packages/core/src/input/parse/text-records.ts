import type { Notice } from "../../diagnostics.js";
import { LIMITS } from "../../limits.js";
import type { LogRecord } from "../../records/log-record.js";
import { detach } from "../../util/detach.js";
import { isDigits } from "../../util/digits.js";
import { type ColumnTarget, columnTarget } from "../fields/column-target.js";
import { fieldForName, idTargetFor } from "../fields/field-aliases.js";
import type { DraftRecord, RecordAssembler } from "../fields/record-assembler.js";
import { type SlashDateOrder, slashDateOrderOf } from "../fields/slash-date-order.js";
import { type LineBatch, LineSplitter } from "../lines/line-splitter.js";
import { parseLogLine } from "./log-line.js";
import type { RecordParser } from "./record-parser.js";

/** The level word of a log line decides the status when no `status=` pair does. */
const LEVEL_TARGET = columnTarget({ field: "level", kind: "level-or-status" }, "log level");

/**
 * Text logs → records, one event per line. `key=value` pairs map by the alias table; the free text is the message
 * when no pair is one (pairs whose key means nothing stay in it). A bare line with no prefix or pairs is a message.
 */
export class TextRecordParser implements RecordParser {
  private readonly lines = new LineSplitter();
  private readonly targets = new Map<string, ColumnTarget | null>();
  /** For a key that names a name field (`course`), where a value of digits goes (the course id). */
  private readonly idTargets = new Map<ColumnTarget, ColumnTarget>();
  /**
   * The key last seen at each pair position, and its target: a log writes its keys in the same order on every line,
   * so the parser hands back these very strings and a key is found by identity, not by hashing a fresh string.
   */
  private readonly keysAt: string[] = [];
  private readonly targetsAt: (ColumnTarget | null)[] = [];
  private linesSeen = 0;
  private mappingReported = false;
  /**
   * The timestamps at the start of the lines, as a date column: their slash order is decided from the first text
   * pushed (the head of the input), and a later line written the other way is counted against it.
   */
  private lineTimestamps: ColumnTarget | undefined;
  /**
   * How each date key's slash dates read (`timestamp=14/09/2025`), decided from the head like the line timestamps: by
   * the key's own values, else by every slash date of the head, a log writing its dates one way.
   */
  private keyDateOrders: HeadDateOrders | undefined;

  constructor(
    private readonly notice: Notice,
    private readonly assembler: RecordAssembler,
  ) {}

  push(text: string): LogRecord[] {
    if (this.keyDateOrders === undefined) {
      this.keyDateOrders = headDateOrdersOf(text);
      this.lineTimestamps = columnTarget(LINE_TIMESTAMPS_TARGET, LINE_TIMESTAMPS, this.keyDateOrders.lineStart);
    }
    return this.toRecords(this.lines.push(text));
  }

  async end(): Promise<LogRecord[]> {
    const records = this.toRecords(this.lines.end());
    this.reportMapping();
    return records;
  }

  private toRecords(batch: LineBatch): LogRecord[] {
    const records: LogRecord[] = [];
    const { lines, firstLine } = batch;
    for (let index = 0; index < lines.length; index++) {
      const text = lines[index] as string;
      if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim().length === 0)) continue;
      records.push(this.toRecord(text, firstLine + index));
      if (++this.linesSeen === LIMITS.mappingSample) this.reportMapping();
    }
    return records;
  }

  private toRecord(text: string, line: number): LogRecord {
    const timestamps = this.lineTimestamps ?? LINE_TIMESTAMPS_MONTH_FIRST;
    const parsed = parseLogLine(text, this.keysAt, timestamps.slashDates.dayFirst);
    const record = this.assembler.begin(line);
    if (parsed.timestamp !== undefined) {
      record.timestamp = parsed.timestamp;
      if (parsed.otherOrder === true) this.assembler.countLineTimestampOtherOrder(timestamps, line);
    }
    if (parsed.level !== undefined) this.assembler.setText(record, LEVEL_TARGET, parsed.level);
    let unmapped = "";
    const pairs = parsed.pairs;
    for (let index = 0; index < pairs.length; index += 2) {
      const key = pairs[index] as string;
      const value = pairs[index + 1] as string;
      const target = this.targetAt(index >> 1, key);
      if (target === null) unmapped += ` ${key}=${value}`;
      else if (value.length > 0) this.assembler.setText(record, this.targetOfValue(target, value), value);
    }
    if (record.message === undefined) setFreeText(record, parsed.freeText + unmapped);
    return this.assembler.finish(record);
  }

  private targetAt(position: number, key: string): ColumnTarget | null {
    if (this.keysAt[position] === key) return this.targetsAt[position] as ColumnTarget | null;
    const target = this.targetFor(key);
    this.keysAt[position] = detach(key);
    this.targetsAt[position] = target;
    return target;
  }

  private targetFor(key: string): ColumnTarget | null {
    let target = this.targets.get(key);
    if (target === undefined) {
      const named = fieldForName(key);
      const order = named?.kind === "date" ? this.keyDateOrders?.of(key) : undefined;
      target = named === undefined ? null : columnTarget(named, key, order);
      const idTarget = named === undefined ? undefined : idTargetFor(named);
      if (target !== null && idTarget !== undefined) this.idTargets.set(target, columnTarget(idTarget, key));
      this.targets.set(detach(key), target);
    }
    return target;
  }

  /** `[course:4411]` is the course's id: a name key's value of digits only goes to the id field. */
  private targetOfValue(target: ColumnTarget, value: string): ColumnTarget {
    const idTarget = this.idTargets.get(target);
    return idTarget !== undefined && isDigits(value) ? idTarget : target;
  }

  private reportMapping(): void {
    if (this.mappingReported) return;
    this.mappingReported = true;
    const mapped: string[] = [];
    const ignored: string[] = [];
    for (const [key, target] of this.targets) {
      if (target === null) ignored.push(key);
      else mapped.push(`${key} → ${target.field}`);
    }
    const parts = [`text log, one event per line; keys by name: ${mapped.join(", ") || "none"}`];
    if (ignored.length > 0) parts.push(`kept in the message: ${ignored.join(", ")}`);
    this.notice(0, "columns-mapped", `${parts.join("; ")}; free text is the message when no key holds one`);
  }
}

/** The line timestamps' name as a date target (the assembler's key; its diagnostic words them as lines, not a column). */
const LINE_TIMESTAMPS = "timestamp at the start of each line";

const LINE_TIMESTAMPS_TARGET = { field: "timestamp", kind: "date" } as const;

const LINE_TIMESTAMPS_MONTH_FIRST = columnTarget(LINE_TIMESTAMPS_TARGET, LINE_TIMESTAMPS);

/** Lines of the head looked at for the slash order: as many as a CSV's columns are mapped from, and more. */
const ORDER_SAMPLE_LINES = LIMITS.mappingSample * 4;

/** The slash orders the head of a text log shows: of its line timestamps, and of each date key. */
interface HeadDateOrders {
  lineStart: SlashDateOrder;
  /** A key's order: its own values' when they prove one, else the log's (every slash date of the head). */
  of(key: string): SlashDateOrder;
}

/**
 * The slash orders of the head's dates, decided as a CSV column's are: by the dates that read only one way
 * (`14/09/2025` is day first). Of the line timestamps, only each line's first word is looked at (after a `[`). Line
 * timestamps or keys whose own dates prove nothing take the order the log's other dates prove.
 */
function headDateOrdersOf(head: string): HeadDateOrders {
  const lineStarts: string[] = [];
  const byKey = new Map<string, string[]>();
  let start = 0;
  for (let lines = 0; lines < ORDER_SAMPLE_LINES && start < head.length; lines++) {
    let end = head.indexOf("\n", start);
    if (end < 0) end = head.length;
    const lineStart = lineStartDate(head, start, end);
    if (lineStart !== undefined) lineStarts.push(lineStart);
    collectKeyDates(head.slice(start, end), byKey);
    start = end + 1;
  }
  const log = slashDateOrderOf([...lineStarts, ...[...byKey.values()].flat()]);
  const orderOf = (values: readonly string[]) => {
    const own = slashDateOrderOf(values);
    return own.proven ? own : log;
  };
  const keys = new Map([...byKey].map(([key, values]) => [key, orderOf(values)]));
  return { lineStart: orderOf(lineStarts), of: (key) => keys.get(key) ?? log };
}

/** The first word of a line (after a `[`) when it holds a slash and starts with a digit: a slash date. */
function lineStartDate(head: string, start: number, end: number): string | undefined {
  let from = start;
  while (from < end && (head.charCodeAt(from) <= 32 || head.charCodeAt(from) === 91) /* [ */) from++;
  let to = from;
  let slash = false;
  for (let code = head.charCodeAt(to); to < end && code > 32 && code !== 93 /* ] */; code = head.charCodeAt(++to)) {
    if (code === 47 /* / */) slash = true;
  }
  return slash && isDigits(head.charAt(from)) ? head.slice(from, to) : undefined;
}

/** The slash dates of a line's date keys (`timestamp=14/09/2025`, `[due:14/09/2025]`), by key. */
function collectKeyDates(line: string, byKey: Map<string, string[]>): void {
  const pairs = parseLogLine(line).pairs;
  for (let index = 0; index < pairs.length; index += 2) {
    const key = pairs[index] as string;
    const value = pairs[index + 1] as string;
    if (value.indexOf("/") < 0 || fieldForName(key)?.kind !== "date") continue;
    const values = byKey.get(key);
    if (values === undefined) byKey.set(key, [value]);
    else values.push(value);
  }
}

function setFreeText(record: DraftRecord, text: string): void {
  const message = text.trim();
  if (message.length > 0) record.message = message;
}
