import type { Notice } from "../../diagnostics.js";
import { LIMITS } from "../../limits.js";
import type { LogRecord } from "../../records/log-record.js";
import { refuseUnstructuredJson } from "../detect/log-structure.js";
import { type ColumnTarget, columnTarget } from "../fields/column-target.js";
import { fieldForPath } from "../fields/field-aliases.js";
import { listSome, mapColumns, type SampledColumn } from "../fields/map-columns.js";
import { noOutcomeColumn, saysOutcome } from "../fields/outcome-columns.js";
import type { DraftRecord, RecordAssembler } from "../fields/record-assembler.js";

/**
 * Parsed JSON objects (from a JSON array or NDJSON lines) → records. Nested keys are addressed by their dotted
 * path (`course.name`). The first objects are held back to map keys by content; later keys not seen in the sample
 * are mapped by name only. Key → field decisions are cached, so the per-record cost is one Map lookup per key.
 */
export class ObjectRecords {
  private readonly targets = new Map<string, ColumnTarget | null>();
  private held: { value: Record<string, unknown>; line: number }[] | undefined = [];
  private nonObjectReported = false;
  private emptyReported = false;
  /** The line of the first record given, for the refusal of records that never say their outcome. */
  private firstRecordLine: number | undefined;
  /** A bare string is a record's message: its outcome is said. */
  private bareMessages = false;

  /**
   * @param source the input's name, for the errors.
   * @param strictShape given when objects whose keys name no log field are refused (a package.json is no log); left
   *   out when the caller asked for this shape and wants whatever arrives read.
   */
  constructor(
    private readonly assembler: RecordAssembler,
    private readonly notice: Notice,
    private readonly source: string | undefined,
    private readonly strictShape?: "json" | "ndjson",
  ) {}

  /** Adds one parsed value; returns the records it completes (none while the mapping sample is being held). */
  add(value: unknown, line: number, out: LogRecord[]): void {
    if (typeof value === "string") {
      if (value.trim().length > 0) out.push(this.fromMessage(value, line));
      return;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.reportNonObject(line);
      return;
    }
    const object = value as Record<string, unknown>;
    if (this.held === undefined) {
      this.convert(object, line, out);
      return;
    }
    this.held.push({ value: object, line });
    if (this.held.length >= LIMITS.mappingSample) this.flush(out);
  }

  /**
   * Converts what is still held; then refuses records of which none had a message, status or log level key: every
   * one would be info, and the run "no errors" for a log that may hold nothing but failures. Some records without
   * a message are normal (successes); none with any such key, in the whole input, says the export left them out.
   */
  end(out: LogRecord[]): void {
    this.flush(out);
    if (this.firstRecordLine === undefined || this.bareMessages) return;
    for (const target of this.targets.values()) if (target !== null && saysOutcome(target)) return;
    const keys = listSome(leafPaths([...this.targets.keys()]));
    throw noOutcomeColumn(this.source, "key", `its records have only the keys ${keys}`, this.firstRecordLine);
  }

  /** Maps the keys of the held sample and converts it. */
  private flush(out: LogRecord[]): void {
    const held = this.held;
    if (held === undefined) return;
    this.held = undefined;
    if (held.length === 0) return;
    const paths = this.mapSample(held.map((entry) => entry.value));
    const before = out.length;
    for (const entry of held) this.convert(entry.value, entry.line, out);
    // Judged only when the sample gave records: none at all is said more plainly as "no records".
    if (this.strictShape && out.length > before) refuseUnstructuredJson(paths, this.strictShape, this.source);
  }

  /** Maps the sample's keys to fields; returns the key paths it found. */
  private mapSample(objects: Record<string, unknown>[]): string[] {
    const samples = new Map<string, string[]>();
    for (const object of objects) collectPaths(object, "", 0, samples);
    const columns: SampledColumn[] = [...samples].map(([name, values]) => ({ name, values }));
    const mapping = mapColumns(columns, { exclusive: false });
    columns.forEach((column, index) => {
      this.targets.set(column.name, mapping.targets[index] ?? null);
    });
    this.notice(0, "columns-mapped", `keys: ${mapping.summary}`);
    for (const field of mapping.missing) {
      this.notice(0, "field-not-found", `no key holds the ${field}; looked for its usual names and by content`);
    }
    return [...samples.keys()];
  }

  private fromMessage(message: string, line: number): LogRecord {
    this.bareMessages = true;
    this.firstRecordLine ??= line;
    const record = this.assembler.begin(line);
    record.message = message;
    return this.assembler.finish(record);
  }

  /** An object with no known key at all is not a log record (e.g. a summary object); it is skipped and said once. */
  private convert(object: Record<string, unknown>, line: number, out: LogRecord[]): void {
    const record = this.assembler.begin(line);
    this.apply(record, object, "", 0);
    if (hasFields(record)) {
      this.firstRecordLine ??= line;
      out.push(this.assembler.finish(record));
    } else if (!this.emptyReported) {
      this.emptyReported = true;
      this.notice(
        line,
        "field-not-found",
        `the object on line ${line} has no known field; objects like it are skipped`,
      );
    }
  }

  private apply(record: DraftRecord, object: Record<string, unknown>, prefix: string, depth: number): void {
    for (const key in object) {
      const value = object[key];
      if (value === null || value === undefined) continue;
      const path = prefix.length === 0 ? key : `${prefix}.${key}`;
      const target = this.targetFor(path);
      if (target !== null && (typeof value !== "object" || target.kind === "message")) {
        this.assembler.setJson(record, target, value);
      } else if (typeof value === "object" && !Array.isArray(value) && depth < LIMITS.fieldDepth) {
        this.apply(record, value as Record<string, unknown>, path, depth + 1);
      }
    }
  }

  private targetFor(path: string): ColumnTarget | null {
    let target = this.targets.get(path);
    if (target === undefined) {
      const named = fieldForPath(path);
      target = named === undefined ? null : columnTarget(named, path);
      this.targets.set(path, target);
    }
    return target;
  }

  private reportNonObject(line: number): void {
    if (this.nonObjectReported) return;
    this.nonObjectReported = true;
    this.notice(
      line,
      "malformed-json",
      `the value on line ${line} is not an object or a message; values like it are skipped`,
    );
  }
}

/** The paths that are no other path's parent: `user.id`, not `user` too. */
function leafPaths(paths: readonly string[]): string[] {
  const parents = new Set<string>();
  for (const path of paths) {
    for (let dot = path.indexOf("."); dot >= 0; dot = path.indexOf(".", dot + 1)) parents.add(path.slice(0, dot));
  }
  return paths.filter((path) => !parents.has(path));
}

/** Dotted paths of an object's leaves with their values as text, for content-based mapping. */
function collectPaths(
  object: Record<string, unknown>,
  prefix: string,
  depth: number,
  samples: Map<string, string[]>,
): void {
  for (const key in object) {
    const value = object[key];
    const path = prefix.length === 0 ? key : `${prefix}.${key}`;
    if (typeof value === "object" && value !== null && !Array.isArray(value) && depth < LIMITS.fieldDepth) {
      // The object itself can be the message (an embedded response), and its leaves can be fields.
      if (fieldForPath(path)?.kind === "message") addSample(samples, path, undefined);
      collectPaths(value as Record<string, unknown>, path, depth + 1, samples);
      continue;
    }
    addSample(samples, path, typeof value === "string" ? value.trim() : primitiveText(value));
  }
}

function primitiveText(value: unknown): string | undefined {
  return typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
}

function addSample(samples: Map<string, string[]>, path: string, value: string | undefined): void {
  let values = samples.get(path);
  if (values === undefined) {
    values = [];
    samples.set(path, values);
  }
  if (value !== undefined && value.length > 0) values.push(value);
}

/** Any field set; a record may carry every field as undefined (one shape for all records), so look at values. */
function hasFields(record: DraftRecord): boolean {
  const fields = record as unknown as Record<string, unknown>;
  for (const key in fields) if (key !== "line" && key !== "source" && fields[key] !== undefined) return true;
  return false;
}
