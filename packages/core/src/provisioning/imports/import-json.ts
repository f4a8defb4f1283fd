import { z } from "zod";
import type { ReportedMessage } from "../model.js";
import { IMPORT_OPTIONS, type ImportInfo } from "./import-info.js";

const Id = z.union([z.string(), z.number()]).transform(String);
const Pair = z.array(z.unknown());

/** A SisImport object as the SIS Imports API returns it; only what the report reads, and loosely. */
const SisImport = z.looseObject({
  id: Id,
  workflow_state: z.string().nullish(),
  created_at: z.string().nullish(),
  ended_at: z.string().nullish(),
  progress: z.number().nullish(),
  data: z
    .looseObject({
      counts: z.record(z.string(), z.unknown()).nullish(),
      supplied_batches: z.array(z.string()).nullish(),
      error_message: z.string().nullish(),
    })
    .nullish(),
  processing_errors: z.array(Pair).nullish(),
  processing_warnings: z.array(Pair).nullish(),
  csv_attachments: z
    .array(z.looseObject({ display_name: z.string().nullish(), filename: z.string().nullish() }))
    .nullish(),
});
type SisImport = z.infer<typeof SisImport>;

/** One row of the SIS Import Errors API. */
const SisImportError = z.looseObject({
  sis_import_id: Id.nullish(),
  file: z.string().nullish(),
  message: z.string(),
  row: z.number().nullish(),
});

/** What a JSON document about imports held: the imports it describes and the messages it lists. */
export interface ImportDocument {
  imports: ImportInfo[];
  messages: ReportedMessage[];
  /** Parts it could not read while reading the rest (a listed message that is not text), with the item's number. */
  problems: { message: string; line: number }[];
}

/** The "and 24 more errors that were not included" pair Canvas appends to a list it cut. */
const MORE = /^and (\d+) more (errors|warnings) that were not included$/i;

/**
 * Reads an SIS Imports JSON document: one import, a list (`{"sis_imports": […]}` or a bare array), or the errors
 * API's `{"sis_import_errors": […]}`. Throws an Error saying what was expected when it is neither.
 */
export function readImportDocument(json: unknown, source: string): ImportDocument {
  const list = Array.isArray(json) ? json : null;
  const object = list === null && typeof json === "object" && json !== null ? (json as Record<string, unknown>) : null;
  if (object && Array.isArray(object.sis_import_errors)) return errorsDocument(object.sis_import_errors, source);
  const items = list ?? (object && Array.isArray(object.sis_imports) ? object.sis_imports : object ? [object] : []);
  if (items.length > 0 && items.every((item) => isObject(item) && "message" in item && !("workflow_state" in item))) {
    return errorsDocument(items, source);
  }
  const imports: ImportInfo[] = [];
  const messages: ReportedMessage[] = [];
  const problems: ImportDocument["problems"] = [];
  items.forEach((item, at) => {
    const parsed = SisImport.safeParse(item);
    if (!parsed.success) {
      throw new Error(
        `expected an SIS import object (with id and workflow_state) at item ${at + 1}, got ${shapeOf(item)}` +
          `: ${issueOf(parsed.error)}`,
      );
    }
    const read = importOf(parsed.data, source);
    imports.push(read.info);
    messages.push(...read.messages.map((message) => ({ ...message, line: at + 1 })));
    problems.push(...read.problems.map((message) => ({ message, line: at + 1 })));
  });
  return { imports, messages, problems };
}

function importOf(
  item: SisImport,
  source: string,
): { info: ImportInfo; messages: ReportedMessage[]; problems: string[] } {
  const messages: ReportedMessage[] = [];
  const problems: string[] = [];
  const listed = { errors: 0, warnings: 0, moreErrors: null as number | null, moreWarnings: null as number | null };
  for (const [pairs, failure, list] of [
    [item.processing_errors ?? [], true, "processing_errors"],
    [item.processing_warnings ?? [], false, "processing_warnings"],
  ] as const) {
    for (const [at, pair] of pairs.entries()) {
      const [file, message] = [pair[0], pair[1]];
      if (typeof message !== "string") {
        // A null or missing message is still one of Canvas's, lost: saying so keeps the totals from looking complete.
        problems.push(
          `SIS import ${item.id}, ${list}.${at}: expected a [file, message] pair with the message as text, got ` +
            `${typeof file === "string" ? JSON.stringify(file.slice(0, 200)) : shapeOf(file)} with ` +
            `${shapeOf(message)} for its message; that message is not counted`,
        );
        continue;
      }
      const more = MORE.exec(typeof file === "string" ? file : "");
      if (more) {
        listed[failure ? "moreErrors" : "moreWarnings"] = Number(more[1]);
        continue;
      }
      listed[failure ? "errors" : "warnings"]++;
      const name = typeof file === "string" && file !== "" ? file : null;
      messages.push({ importId: item.id, file: name, row: null, message, failure, source, line: 0 });
    }
  }
  // A job that failed as a whole (an unrecognised file, a zip Canvas could not open) says why here and lists no
  // errors: its reason is a failure like theirs, or the import would read as clean with nothing imported.
  const failedBecause = item.data?.error_message;
  if (typeof failedBecause === "string" && failedBecause.trim() !== "") {
    messages.push({ importId: item.id, file: null, row: null, message: failedBecause, failure: true, source, line: 0 });
  }
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(item.data?.counts ?? {}))
    if (typeof value === "number") counts[key] = value;
  const options: Record<string, string | number | boolean> = {};
  for (const key of IMPORT_OPTIONS) {
    const value = (item as Record<string, unknown>)[key];
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") options[key] = value;
  }
  const info: ImportInfo = {
    id: item.id,
    state: item.workflow_state ?? null,
    createdAt: item.created_at ?? null,
    endedAt: item.ended_at ?? null,
    progress: item.progress ?? null,
    counts,
    suppliedBatches: item.data?.supplied_batches ?? [],
    errorMessage: item.data?.error_message ?? null,
    files: (item.csv_attachments ?? []).flatMap((file) => file.display_name ?? file.filename ?? []),
    options,
    listed,
    source,
  };
  return { info, messages, problems };
}

function errorsDocument(items: readonly unknown[], source: string): ImportDocument {
  const messages = items.map((item, at): ReportedMessage => {
    const parsed = SisImportError.safeParse(item);
    if (!parsed.success)
      throw new Error(`expected an SIS import error (with a message) at item ${at + 1}, got ${shapeOf(item)}`);
    const { sis_import_id, file, message, row } = parsed.data;
    return {
      importId: sis_import_id ?? null,
      file: file || null,
      row: row ?? null,
      message,
      failure: typeof parsed.data.failure === "boolean" ? parsed.data.failure : null,
      source,
      line: at + 1,
    };
  });
  return { imports: [], messages, problems: [] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shapeOf(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (isObject(value)) return `an object with ${Object.keys(value).slice(0, 5).join(", ") || "no keys"}`;
  return `a ${typeof value}`;
}

/** The first thing a document got wrong, where: "processing_warnings.2: expected array, received string". */
function issueOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return "not readable";
  const where = issue.path.map(String).join(".");
  return `${where === "" ? "" : `${where}: `}${issue.message.toLowerCase()}`;
}
