import type { Notice } from "../../diagnostics.js";
import { InputError } from "../../errors.js";
import type { LogRecord } from "../../records/log-record.js";
import { fieldForPath } from "../fields/field-aliases.js";
import type { RecordAssembler } from "../fields/record-assembler.js";
import { JsonArraySplitter, type JsonElement, type JsonEnding } from "./json-array-splitter.js";
import { jsonErrorReason } from "./json-error-reason.js";
import { ObjectRecords } from "./object-records.js";
import type { RecordParser } from "./record-parser.js";

/**
 * A JSON document → records, one array element at a time. A truncated document keeps the records before the break
 * and says where it broke; a lone top-level object (no array) is read as one record when it maps to any field.
 */
export class JsonRecordParser implements RecordParser {
  private readonly splitter = new JsonArraySplitter(holdsKnownField);
  private readonly objects: ObjectRecords;

  constructor(
    private readonly notice: Notice,
    assembler: RecordAssembler,
    private readonly source: string | undefined,
    requireLogKeys = false,
  ) {
    this.objects = new ObjectRecords(assembler, notice, source, requireLogKeys ? "json" : undefined);
  }

  push(text: string): LogRecord[] {
    const out: LogRecord[] = [];
    this.addElements(this.splitter.push(text), out);
    return out;
  }

  async end(): Promise<LogRecord[]> {
    const out: LogRecord[] = [];
    const { elements, ending } = this.splitter.end();
    this.addElements(elements, out);
    this.reportEnding(ending, out);
    this.objects.end(out);
    return out;
  }

  private addElements(elements: readonly JsonElement[], out: LogRecord[]): void {
    for (const element of elements) {
      if (element.problem !== undefined) {
        this.notice(
          element.line,
          "malformed-json",
          `record on line ${element.line} is not valid JSON (${element.problem}); skipped, and the records after it are read`,
        );
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(element.text);
      } catch (error) {
        this.notice(
          element.line,
          "malformed-json",
          `record on line ${element.line} is not valid JSON (${jsonErrorReason(error)}); skipped`,
        );
        continue;
      }
      this.objects.add(value, element.line, out);
    }
  }

  private reportEnding(ending: JsonEnding, out: LogRecord[]): void {
    switch (ending.kind) {
      case "complete":
        return;
      case "truncated-element":
        this.notice(
          ending.line,
          "malformed-json",
          `the document ends inside the record starting on line ${ending.line} (truncated?); records before it are kept`,
        );
        return;
      case "unclosed-array":
        this.notice(
          ending.line,
          "malformed-json",
          `the record array opened on line ${ending.line} is never closed (truncated?)`,
        );
        return;
      case "unclosed-document":
        this.notice(ending.line, "malformed-json", `the document is not closed after the record array (truncated?)`);
        return;
      case "no-array":
        this.readSingleObject(ending.singleObject, out);
        return;
    }
  }

  private readSingleObject(text: string | undefined, out: LogRecord[]): void {
    let value: unknown;
    try {
      value = text === undefined ? undefined : JSON.parse(text);
    } catch (error) {
      throw new InputError(
        "no-records",
        `${this.source ?? "input"}: expected a JSON array of log records, but the document is not valid JSON (${jsonErrorReason(error)})`,
        this.source,
      );
    }
    if (typeof value === "object" && value !== null && !Array.isArray(value)) this.objects.add(value, 1, out);
  }
}

/** A nested array is the record array when its first element has at least one key the alias table knows. */
function holdsKnownField(firstElement: string): boolean {
  try {
    const value: unknown = JSON.parse(firstElement);
    return typeof value === "object" && value !== null && hasKnownKey(value as Record<string, unknown>, "", 0);
  } catch {
    return true;
  }
}

function hasKnownKey(object: Record<string, unknown>, prefix: string, depth: number): boolean {
  for (const key in object) {
    const path = prefix.length === 0 ? key : `${prefix}.${key}`;
    if (fieldForPath(path) !== undefined) return true;
    const value = object[key];
    if (
      depth < 3 &&
      typeof value === "object" &&
      value !== null &&
      hasKnownKey(value as Record<string, unknown>, path, depth + 1)
    ) {
      return true;
    }
  }
  return false;
}
