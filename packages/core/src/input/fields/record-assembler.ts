import type { Notice } from "../../diagnostics.js";
import { LIMITS } from "../../limits.js";
import { messageFromBody, unwrapResponse } from "../../message/unwrap-response.js";
import type { LogRecord, RecordStatus } from "../../records/log-record.js";
import { boundedMemo } from "../../util/bounded-memo.js";
import { plural } from "../../util/plural.js";
import { type ColumnTarget, VALUE_OPS } from "./column-target.js";
import { LastValueMemo } from "./last-value-memo.js";
import { parseDate } from "./parse-date.js";
import { levelFromWord, readsAsBareSuccess, readsAsSuccess, statusFromWord } from "./status-words.js";

/** A record being filled in: `status` is decided last, from the status column, the log level or the message. */
export type DraftRecord = Omit<LogRecord, "status"> & { status?: RecordStatus };

/** What a date column held that it did not read as its order reads it: counted, and said when the input has ended. */
interface DateTally {
  target: ColumnTarget;
  place: DatePlace;
  /** Values that are no date in either order: left out, and counted. */
  unreadable: number;
  firstUnreadable: number;
  /** Values only the other order reads (`14/09/2025` in a month-first column): read that way, and counted. */
  otherOrder: number;
  firstOtherOrder: number;
}

/**
 * Turns raw values into record fields. One instance per input: it counts per date column the values it could not
 * read, said in one diagnostic per column when the input has ended, and remembers the status columns already
 * reported. Synchronous and allocation-light: this is the per-row hot path of every container.
 */
export class RecordAssembler {
  /** Columns already reported for an unknown status word. */
  private readonly reportedColumns = new Set<string>();
  /** Per date column, by name; an entry only once a value was not read as the column's order reads it. */
  private readonly dateTallies = new Map<string, DateTally>();
  private readonly statusWords = new LastValueMemo(statusFromWord);
  private readonly levelWords = new LastValueMemo(levelFromWord);
  /** A response body in a message is parsed once per distinct message that repeats (exports repeat them). */
  private readonly unwrap = boundedMemo(unwrapResponse, LIMITS.memoEntries);
  /** A log level seen in a `level` column; used only when no status column decided. */
  private levelStatus: RecordStatus | undefined;
  /** Records finished, and those of them nothing said anything of their outcome (info by default). */
  private finished = 0;
  private withoutOutcome = 0;
  /** A status value of the record being read was not a known word. */
  private unknownOutcome = false;

  constructor(
    private readonly source: string | undefined,
    private readonly notice: Notice,
    /** What the input calls a field: a CSV's column, a JSON or text log's key. */
    private readonly fieldPlace: "column" | "key" = "column",
  ) {}

  begin(line: number): DraftRecord {
    this.levelStatus = undefined;
    this.unknownOutcome = false;
    return emptyRecord(line, this.source);
  }

  /** Sets one field from a text value; empty values are skipped by the caller. */
  setText(record: DraftRecord, target: ColumnTarget, raw: string): void {
    const value = raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32 ? raw.trim() : raw;
    if (value.length === 0) return;
    switch (target.op) {
      case VALUE_OPS.sis:
        record.sis = value;
        return;
      case VALUE_OPS.courseId:
        record.courseId = value;
        return;
      case VALUE_OPS.courseName:
        record.courseName = value;
        return;
      case VALUE_OPS.courseSisId:
        record.courseSisId = value;
        return;
      case VALUE_OPS.section:
        record.section = value;
        return;
      case VALUE_OPS.teacher:
        record.teacher = value;
        return;
      case VALUE_OPS.assignmentId:
        record.assignmentId = value;
        return;
      case VALUE_OPS.assignmentName:
        record.assignmentName = value;
        return;
      case VALUE_OPS.studentId:
        // JSON keys are not exclusive (`user_id` and `sis_user_id`): the id one replaces is still the student's.
        if (record.studentId !== undefined && record.studentId !== value) addOtherId(record, record.studentId);
        record.studentId = value;
        return;
      case VALUE_OPS.studentOtherIds:
        addOtherId(record, value);
        return;
      case VALUE_OPS.studentName:
        // Likewise `user.name` and `user.sortable_name`: the first names the student, the other is how else they
        // are written, which redaction and masking must still find in a message.
        if (record.studentName === undefined) record.studentName = value;
        else if (record.studentName !== value) addOtherId(record, value);
        return;
      case VALUE_OPS.message:
        record.message = value;
        return;
      case VALUE_OPS.status:
        record.status = this.statusWords.get(value) ?? this.unknownStatus(record, target);
        return;
      case VALUE_OPS.level:
        record.level = this.levelWords.get(value) ?? record.level;
        return;
      case VALUE_OPS.levelOrStatus:
        this.setLevelOrStatus(record, value);
        return;
      case VALUE_OPS.timestamp:
      case VALUE_OPS.dueDate:
        this.setDate(record, target, value);
        return;
      case VALUE_OPS.httpStatus:
        record.httpStatus = httpStatusOf(value) ?? record.httpStatus;
        return;
      default:
        unhandled(target.op);
    }
  }

  /** Sets one field from a parsed JSON value of any type. */
  setJson(record: DraftRecord, target: ColumnTarget, value: unknown): void {
    if (typeof value === "string") {
      if (value.length > 0) this.setText(record, target, value);
    } else if (typeof value === "number") {
      if (target.op === VALUE_OPS.httpStatus) record.httpStatus = Number.isInteger(value) ? value : record.httpStatus;
      else if (Number.isFinite(value)) this.setText(record, target, String(value));
    } else if (typeof value === "boolean") {
      this.setText(record, target, value ? "true" : "false");
    } else if (typeof value === "object" && value !== null && target.op === VALUE_OPS.message) {
      record.message = messageFromBody(value) ?? record.message;
    }
  }

  /** Decides the status and unwraps an embedded HTTP/JSON response. */
  finish(record: DraftRecord): LogRecord {
    const message = record.message;
    if (message !== undefined && message.indexOf("{") >= 0) {
      const unwrapped = this.unwrap(message);
      if (unwrapped !== undefined) {
        record.message = unwrapped.message;
        if (record.httpStatus === undefined && unwrapped.httpStatus !== undefined) {
          record.httpStatus = unwrapped.httpStatus;
        }
      }
    }
    if (record.message !== undefined && record.message.length > LIMITS.messageLength) this.truncate(record);
    this.finished++;
    if (record.status === undefined) {
      const said = record.message !== undefined || record.httpStatus !== undefined || this.levelStatus !== undefined;
      if (!said && !this.unknownOutcome) {
        this.withoutOutcome++;
      }
      record.status = this.statusWithoutColumn(record.message, record.httpStatus);
    }
    return record as LogRecord;
  }

  /**
   * Whether records were read and not one had a message, status, level or HTTP status: columns that say the outcome
   * exist but are empty in every row, and every record would read as info, the log as clean.
   */
  noOutcomeInAnyRecord(): boolean {
    return this.finished > 0 && this.withoutOutcome === this.finished;
  }

  /**
   * With no status column: the log level's, where an INFO line saying "grade posted" is a success; else by message,
   * where only a message that clearly says a grade went through ("Grade passback succeeded") is not an error; else
   * by the HTTP status of a request log (4xx and 5xx failed, a 2xx or 3xx without a message went through).
   */
  private statusWithoutColumn(message: string | undefined, httpStatus: number | undefined): RecordStatus {
    const level = this.levelStatus;
    if (level === undefined) {
      if (httpStatus !== undefined && httpStatus >= 400) return "error";
      if (message === undefined) return httpStatus !== undefined && httpStatus >= 200 ? "success" : "info";
      return readsAsBareSuccess(message) ? "success" : "error";
    }
    return level === "info" && message !== undefined && readsAsSuccess(message) ? "success" : level;
  }

  private truncate(record: DraftRecord): void {
    const length = record.message?.length ?? 0;
    record.message = record.message?.slice(0, LIMITS.messageLength);
    this.notice(
      record.line,
      "message-truncated",
      `the message on line ${record.line} is ${length} characters long; only the first ${LIMITS.messageLength} are kept`,
    );
  }

  /** An unknown status word leaves the status to the message; said once per column. */
  private unknownStatus(record: DraftRecord, target: ColumnTarget): RecordStatus | undefined {
    // A value was there, in words we do not know: said below, and not "no outcome at all".
    this.unknownOutcome = true;
    if (!this.reportedColumns.has(target.column)) {
      this.reportedColumns.add(target.column);
      this.notice(
        record.line,
        "column-unmapped",
        // The value itself is not quoted: a cell may hold a student's name, and diagnostics are never redacted.
        `"${target.column}" holds a value on line ${record.line} that is not a known status word; such records are ` +
          "errors when they have a message (unless it clearly says a grade went through), info otherwise " +
          "(reported once per column)",
      );
    }
    return record.status;
  }

  private setLevelOrStatus(record: DraftRecord, value: string): void {
    const level = this.levelWords.get(value);
    if (level !== undefined) record.level = level;
    else this.levelStatus = this.statusWords.get(value) ?? this.levelStatus;
  }

  /** Says what each date column held that it did not read as decided; called once, when the input has ended. */
  reportDates(): void {
    for (const tally of this.dateTallies.values()) {
      if (tally.unreadable > 0) this.notice(tally.firstUnreadable, "unparseable-date", unreadableText(tally));
      if (tally.otherOrder > 0) this.notice(tally.firstOtherOrder, "date-order-contradicted", otherOrderText(tally));
    }
  }

  private setDate(record: DraftRecord, target: ColumnTarget, value: string): void {
    const dayFirst = target.slashDates.dayFirst;
    let iso = parseDate(value, dayFirst);
    if (iso === undefined) {
      // Only a failed value pays for a second look: `14/09/2025` in a month-first column is still a date.
      iso = parseDate(value, !dayFirst);
      if (iso !== undefined) this.tallyOtherOrder(target, record.line, this.fieldPlace);
    }
    if (iso === undefined) this.countUnreadable(target, record.line);
    else if (target.op === VALUE_OPS.dueDate) record.dueDate = iso;
    else record.timestamp = iso;
  }

  private countUnreadable(target: ColumnTarget, line: number): void {
    const tally = this.dateTallyOf(target, line, this.fieldPlace);
    if (tally.unreadable++ === 0) tally.firstUnreadable = line;
  }

  /**
   * A line timestamp of a text log only the other slash order reads, read so: counted for its
   * date-order-contradicted diagnostic. For the text parser, which reads these with the line, not through `setText`.
   */
  countLineTimestampOtherOrder(target: ColumnTarget, line: number): void {
    this.tallyOtherOrder(target, line, "lineStart");
  }

  private tallyOtherOrder(target: ColumnTarget, line: number, place: DatePlace): void {
    const tally = this.dateTallyOf(target, line, place);
    if (tally.otherOrder++ === 0) tally.firstOtherOrder = line;
  }

  private dateTallyOf(target: ColumnTarget, line: number, place: DatePlace): DateTally {
    let tally = this.dateTallies.get(target.column);
    if (tally === undefined) {
      tally = { target, place, unreadable: 0, firstUnreadable: line, otherOrder: 0, firstOtherOrder: line };
      this.dateTallies.set(target.column, tally);
    }
    return tally;
  }
}

/** The words of a column's values that are no date. */
function unreadableText(tally: DateTally): string {
  // The value itself is not quoted: a cell may hold a student's name, and diagnostics are never redacted.
  const first = `"${tally.target.column}" holds a value on line ${tally.firstUnreadable} that is not a date`;
  if (tally.unreadable === 1) return `${first}; it is left out`;
  return `${first}, and ${tally.unreadable - 1} more after it (${tally.unreadable} in all); these values are left out`;
}

const SLASH_ORDERS = {
  dayFirst: { name: "day first", form: "dd/mm/yyyy" },
  monthFirst: { name: "month first", form: "mm/dd/yyyy" },
} satisfies Record<string, { name: string; form: string }>;

/** Where the dates of a tally are: a CSV's column, a JSON or text log's key, or the timestamps that start its lines. */
type DatePlace = "column" | "key" | "lineStart";

interface DatePlaceWords {
  /** What was read, and its verb: `"synced_at" was`, `the timestamps that start the lines were`. */
  read: (column: string) => string;
  /** What decided the order: the first values. */
  head: string;
  /** Whose dates may be wrong. */
  mixed: string;
  /** The place as the subject of "is day first". */
  ifOther: string;
  its: string;
}

const DATE_PLACES = {
  column: {
    read: (column) => `"${column}" was`,
    head: "its first rows",
    mixed: "the column mixes both orders",
    ifOther: "if the column is",
    its: "its dates",
  },
  key: {
    read: (key) => `the key "${key}" was`,
    head: "its first values",
    mixed: "its values mix both orders",
    ifOther: "if its values are",
    its: "its dates",
  },
  // A text log has no column: its lines start with a date.
  lineStart: {
    read: () => "the timestamps that start the lines were",
    head: "the first lines",
    mixed: "the lines mix both orders",
    ifOther: "if the lines are",
    its: "their dates",
  },
} satisfies Record<DatePlace, DatePlaceWords>;

/**
 * The words of a date-order contradiction. The earlier values that read either way were already handed on (the
 * input streams), so the words say which order they were read in and what may be wrong.
 */
function otherOrderText(tally: DateTally): string {
  const { column, slashDates } = tally.target;
  const words = DATE_PLACES[tally.place];
  const chosen = slashDates.dayFirst ? SLASH_ORDERS.dayFirst : SLASH_ORDERS.monthFirst;
  const other = slashDates.dayFirst ? SLASH_ORDERS.monthFirst : SLASH_ORDERS.dayFirst;
  const dates = plural(tally.otherOrder, "date");
  const read = `${words.read(column)} read ${chosen.name} (${chosen.form})`;
  const from = `from line ${tally.firstOtherOrder} on`;
  const readSo = tally.otherOrder === 1 ? "was read so" : "were read so";
  const contradicted = `but ${dates} ${from} read only ${other.name} (${other.form}) and ${readSo}`;
  if (slashDates.proven) {
    return (
      `${read}, as ${words.head} show, ${contradicted}; ${words.mixed}, so ${words.its} that read either way ` +
      "(such as 03/09/2025) may be wrong"
    );
  }
  return (
    `${read}, assumed as ${words.head} held only dates that read either way (such as 03/09/2025), ` +
    `${contradicted}; ${words.ifOther} ${other.name}, ${words.its} that read either way were read wrong ` +
    "(03/09/2025 as 9 March, not 3 September)"
  );
}

/**
 * Every record starts with every field, in one order, so all records share one hidden class: the later stages read
 * the same few properties of a million records, and objects of varying shapes would make each of those reads a slow
 * megamorphic lookup (measured: about a third of the analysis time). Absent fields stay undefined, which JSON and
 * the zod schema treat as missing.
 */
function emptyRecord(line: number, source: string | undefined): EveryField<DraftRecord> {
  return {
    line,
    source,
    status: undefined,
    timestamp: undefined,
    sis: undefined,
    courseId: undefined,
    courseName: undefined,
    courseSisId: undefined,
    section: undefined,
    teacher: undefined,
    assignmentId: undefined,
    assignmentName: undefined,
    studentId: undefined,
    studentName: undefined,
    studentOtherIds: undefined,
    level: undefined,
    httpStatus: undefined,
    message: undefined,
    dueDate: undefined,
  };
}

/** A list made only for the rows that carry another id (most exports carry none); a value repeated is kept once. */
function addOtherId(record: DraftRecord, value: string): void {
  const ids = record.studentOtherIds;
  if (ids === undefined) record.studentOtherIds = [value];
  else if (!ids.includes(value)) ids.push(value);
}

/** A record with every key present (undefined when absent): a key left out of the literal is a type error. */
type EveryField<T> = { [K in keyof Required<T>]: T[K] };

/** Makes a switch over the value ops fail the typecheck when an op has no case. */
function unhandled(op: never): never {
  throw new Error(`no store for value op ${String(op)}`);
}

/** The HTTP status in `403`, `403 Forbidden` or `HTTP 403`; undefined when there is no 3-digit status. */
function httpStatusOf(value: string): number | undefined {
  if (value.length === 3) {
    const number = Number(value);
    return number >= 100 && number <= 599 ? number : undefined;
  }
  const match = /\b([1-5]\d\d)\b/.exec(value);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}
