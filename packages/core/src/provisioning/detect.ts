import { canvasExportOf } from "../input/detect/canvas-exports.js";
import { fileKindOf } from "../input/detect/file-kind.js";
import { fieldForName } from "../input/fields/field-aliases.js";
import type { FindingHint } from "../report/provisioning-schema.js";
import { CSV_TYPES, csvTypeOf } from "./csv/csv-types.js";
import { KNOWN_COLUMNS } from "./csv/known-columns.js";
import { ERRORS_CSV_COLUMNS } from "./imports/errors-csv.js";

/** What a provisioning input is, told apart by its content. */
export type ProvisioningKind = "zip" | "import-json" | "errors-json" | "errors-csv" | "import-csv";

/** `PK\x03\x04` (a zip's first local header) or `PK\x05\x06` (an empty zip). */
export function isZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5);
}

/** Headers whose first row reads like a passback log rather than an import file: a column of messages. */
const LOG_COLUMN = /^(message|error|error_message|errors|details|description|response|log)$/;

/**
 * The kind of provisioning input a head (the first bytes, or text) is, null for anything else (a Grade Sync log),
 * or "more" when the head ends before its first line does. JSON is an import document when it names an import's
 * fields; CSV is the errors file by its exact header, an import file when its header row is one Canvas recognises
 * or names import columns (`namesImportColumns`), and it has no column of messages (a log that happens to have
 * user_id and course_id columns stays a log).
 */
export function provisioningKindOf(head: Uint8Array | string, complete: boolean): ProvisioningKind | null | "more" {
  // An Office file is a zip too, but no SIS import: the input's checks refuse it by name (save it as CSV).
  if (typeof head !== "string" && isZip(head)) return fileKindOf(head) === "zip" ? "zip" : null;
  if (typeof head !== "string" && head[0] === 0x1f && head[1] === 0x8b) return null;
  const text = typeof head === "string" ? head : decodeHead(head);
  const start = text.search(/\S/);
  if (start < 0) return complete ? null : "more";
  if (text[start] === "{" || text[start] === "[") return jsonKind(text);
  const end = text.search(/[\r\n]/);
  if (end < 0 && !complete) return "more";
  const line = text.slice(start, end < 0 ? text.length : end);
  if (excelSepDelimiter(line) !== null) return kindBelowSepLine(text.slice(start + line.length), complete);
  const names = headerCells(line);
  // A provisioning report has an import file's columns beside Canvas's own ids: what Canvas holds, no import.
  if (canvasExportOf(names) !== null) return null;
  if (ERRORS_CSV_COLUMNS.every((name) => names.includes(name))) return "errors-csv";
  const type = csvTypeOf(new Set(names));
  if (type === null) return namesImportColumns(line) ? "import-csv" : null;
  if (type !== "grade_publishing_results" && names.some(isLogColumn)) return null;
  return "import-csv";
}

/** Excel's first line `sep=;` (or `sep=,`, a tab, a bar): the delimiter it names, null for any other line. */
export function excelSepDelimiter(line: string): string | null {
  return /^sep=(.)$/i.exec(line)?.[1] ?? null;
}

/**
 * Under Excel's `sep=` line, an import file is one still (Canvas takes that line for its header and reports no
 * header, which the header check explains); a log stays a log, and its reader skips the line as a title.
 */
function kindBelowSepLine(rest: string, complete: boolean): ProvisioningKind | null | "more" {
  const below = provisioningKindOf(rest.replace(/^\r?\n|^\r/, ""), complete);
  return below === "import-csv" || below === "more" ? below : null;
}

/**
 * What a spreadsheet saves "CSV" with instead of Canvas's comma (semicolons in European locales, tabs, bars), and the
 * hint a file with no kind Canvas knows gets when its header split at one names a kind.
 */
export const OTHER_DELIMITERS = [
  [";", "semicolon-delimiter"],
  ["\t", "tab-delimiter"],
  ["|", "bar-delimiter"],
] as const satisfies readonly (readonly [string, FindingHint])[];

/** Canvas's comma, and the others. */
const HEADER_DELIMITERS = [",", ...OTHER_DELIMITERS.map(([delimiter]) => delimiter)] as const;

/** Every column name any kind of import file has. */
const IMPORT_COLUMNS: ReadonlySet<string> = new Set(CSV_TYPES.flatMap((type) => KNOWN_COLUMNS[type]));

/**
 * Whether a header Canvas finds no kind in is still plainly an import file's, so it gets Canvas's "Couldn't find
 * Canvas CSV import headers" as it would in a zip, not read as a log without errors: a file saved with semicolons
 * (European Excel) or tabs, or an enrollments file missing user_id. In some delimiter its names are mostly import
 * columns, none a column of messages, and either one of them no passback log has (role, short_name: not course_id,
 * user_id, login_id or status), or they make a kind Canvas knows and name no course or assignment (`user_id;login_id;
 * status` is a users file; `course_id;user_id;status` may be a log without messages, and stays one).
 */
function namesImportColumns(line: string): boolean {
  for (const delimiter of HEADER_DELIMITERS) {
    const names = headerCells(line, delimiter).filter((name) => name !== "");
    if (names.length < 2 || names.some(isLogColumn)) continue;
    const known = names.filter((name) => IMPORT_COLUMNS.has(name));
    if (known.length < 2 || known.length * 2 <= names.length) continue;
    if (known.some((name) => fieldForName(name) === undefined)) return true;
    if (csvTypeOf(new Set(names)) !== null && !names.some(namesGradePlace)) return true;
  }
  return false;
}

/** The fields a passback log says where a grade went with, which no users, logins or admins file has. */
const GRADE_PLACE_FIELDS: ReadonlySet<string> = new Set([
  "courseId",
  "courseName",
  "courseSisId",
  "assignmentId",
  "assignmentName",
]);

function namesGradePlace(name: string): boolean {
  const field = fieldForName(name)?.field;
  return field !== undefined && GRADE_PLACE_FIELDS.has(field);
}

/** Fields only a log has: when, which assignment, and whether it failed beyond a status word. */
const LOG_ONLY_FIELDS: ReadonlySet<string> = new Set([
  "timestamp",
  "assignmentId",
  "assignmentName",
  "httpStatus",
  "level",
  "dueDate",
]);

/**
 * A column of messages, or one no import file has that only a log has (a timestamp, an assignment, an HTTP status):
 * `timestamp,course_id,user_id,status` is a Grade Sync export without messages, though Canvas would read its header
 * as enrollments. `type` (change_sis_id's) is an import column, though a log's level could be named so.
 */
function isLogColumn(name: string): boolean {
  if (LOG_COLUMN.test(name)) return true;
  const field = fieldForName(name);
  if (field === undefined) return false;
  return field.kind === "message" || (LOG_ONLY_FIELDS.has(field.field) && !IMPORT_COLUMNS.has(name));
}

type HeaderDelimiter = "," | (typeof OTHER_DELIMITERS)[number][0];

function jsonKind(text: string): ProvisioningKind | null {
  if (/"sis_import_errors"\s*:/.test(text)) return "errors-json";
  if (/"sis_imports"\s*:/.test(text)) return "import-json";
  const importFields =
    /"(processing_errors|processing_warnings|supplied_batches|import_type|batch_mode|csv_attachments|errors_attachment)"\s*:/;
  if (/"workflow_state"\s*:/.test(text) && importFields.test(text)) return "import-json";
  if (/"sis_import_id"\s*:/.test(text) && /"message"\s*:/.test(text)) return "errors-json";
  return null;
}

/** The head as text: UTF-16 when its mark says so, else UTF-8 (a bad byte does not matter to telling kinds apart). */
function decodeHead(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder("utf-16le").decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder("utf-16be").decode(head);
  return new TextDecoder("utf-8").decode(head);
}

/** A header line's cells split at `delimiter` (Canvas's comma unless told), lower-cased and trimmed, quotes taken off. */
export function headerCells(line: string, delimiter: HeaderDelimiter = ","): string[] {
  const cells: string[] = [];
  const separator = delimiter === "|" ? "\\|" : delimiter;
  for (const match of line.matchAll(new RegExp(`("(?:[^"]|"")*"|[^${separator}]*)(${separator}|$)`, "g"))) {
    const cell = match[1] as string;
    cells.push((cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell).trim().toLowerCase());
    if (match[2] === "") break;
  }
  return cells;
}
