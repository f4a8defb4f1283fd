import { InputError } from "../../errors.js";
import type { RecordField } from "../../records/log-record.js";
import { fieldForName, fieldForPath } from "../fields/field-aliases.js";
import { statusFromWord } from "../fields/status-words.js";
import type { InputShape } from "../input-source.js";
import { parseLogLine } from "../parse/log-line.js";

/** What a text that is no log reads as, by the lines that give it away. */
type Markup = "document" | "markup" | "config" | "code" | "fields";

const MARKUP_NAMES = {
  document: { what: "a document (Markdown or prose)", lines: "headings, list items, table rows or code fences" },
  markup: { what: "an HTML or XML document", lines: "tags" },
  config: { what: "a configuration file (YAML, INI or TOML)", lines: "settings" },
  code: { what: "source code", lines: "code" },
  fields: { what: "a system file of colon-separated fields (a passwd or group file)", lines: "such records" },
} satisfies Record<Markup, { what: string; lines: string }>;

const MARKUP_LINES: readonly (readonly [Markup, RegExp])[] = [
  [
    "document",
    /^#{1,6}\s|^#!|^\s*(?:```|~~~)|^\s*(?:[-*+]|\d{1,3}[.)])\s+\S|^\s*\|.*\|\s*$|^>\s|^\s*([-=*_])\1{2,}\s*$/,
  ],
  ["markup", /^\s*<[/!?]?[A-Za-z][^>]*>/],
  ["config", /^\s*\[[\w .:"-]+\]\s*$|^\s*[A-Za-z_][\w.-]*\s+=\s+\S/],
  [
    "code",
    /^\s*(?:import|export|function|const|let|var|class|def|package|public|private|return)\s|[{;]\s*$|^\s*[}\])],?;?\s*$/,
  ],
  // root:x:0:0:root:/root:/bin/bash. An error line puts a space after its colons ("Error: …"), and a time has two.
  ["fields", /^(?!.*:\s)[^\s:]+(?::[^:]*){3,}$/],
];

/** `key: value` as YAML writes it; `error: …` and `status: failed` are how log lines start, not config. */
const YAML_KEY = /^\s*([a-z_][\w.-]*)\s*:(?:\s|$)/;

/** Lines of the sample looked at: enough to judge, few enough to be quick on any sample. */
const LINES_JUDGED = 400;
/** Share of lines that must look like a log (or like markup) for the text to be judged so. */
const MIN_SHARE = 0.2;

/**
 * Refuses a text that reads as a document, a config file or code rather than a log: fewer than a fifth of its
 * lines carry a timestamp, a log level or a known `key=value` pair, and at least a fifth are markup. Bare error
 * lines (no timestamps, no markup) stay a valid log; anything refused can still be read by asking for the text shape.
 */
export function refuseUnstructuredText(sample: string, source: string | undefined): void {
  const lines = sample
    .split(/\r\n|\r|\n/, LINES_JUDGED + 1)
    .slice(0, LINES_JUDGED)
    .filter((line) => line.trim().length > 0);
  if (lines.length === 0) return;
  const structured = lines.filter(isLogLine).length;
  if (structured >= Math.max(1, lines.length * MIN_SHARE)) return;
  const counts = new Map<Markup, number>();
  for (const line of lines) {
    const markup = markupOf(line);
    if (markup !== undefined) counts.set(markup, (counts.get(markup) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (total < Math.max(2, lines.length * MIN_SHARE)) return;
  const [kind] = [...counts].sort((a, b) => b[1] - a[1])[0] as [Markup, number];
  const { what, lines: markup } = MARKUP_NAMES[kind];
  throw notALog(
    source,
    "text",
    `this reads as ${what}: ${total} of its first ${lines.length} lines are ${markup}, and ` +
      `${structured === 0 ? "none" : `only ${structured}`} carry a timestamp, a log level or a known key=value pair`,
  );
}

/** Fields whose keys make a JSON object a log record; `sis` and a record `type` alone do not. */
const LOG_FIELDS: ReadonlySet<RecordField> = new Set<RecordField>([
  "timestamp",
  "status",
  "message",
  "courseId",
  "courseName",
  "courseSisId",
  "section",
  "teacher",
  "assignmentId",
  "assignmentName",
  "studentId",
  "studentName",
  "httpStatus",
  "dueDate",
]);

/** Each log field named by a key may come with this many keys that name nothing (ids, scores, links). */
const KEYS_PER_FIELD = 4;

/**
 * Refuses JSON records whose keys name almost no log field (a package.json, a tsconfig, a catalog entry): at least
 * two fields named by their keys, or one among a handful of keys (`[{"error": "…"}]`). Content alone does not
 * count: a script's command reads like error text, and `"private": true` like a status.
 */
export function refuseUnstructuredJson(
  paths: readonly string[],
  shape: "json" | "ndjson",
  source: string | undefined,
): void {
  const fields = new Set<RecordField>();
  const naming: string[] = [];
  for (const path of paths) {
    const target = fieldForPath(path);
    if (target === undefined || !(LOG_FIELDS.has(target.field) || target.kind === "level-or-status")) continue;
    fields.add(target.field);
    naming.push(path);
  }
  if (fields.size >= 2 || (fields.size === 1 && paths.length <= KEYS_PER_FIELD)) return;
  const named =
    naming.length === 0 ? "none of them names" : `only ${naming.join(", ")} name${naming.length === 1 ? "s" : ""}`;
  throw notALog(
    source,
    shape,
    `its records have ${paths.length} keys (${listed(paths)}), and ${named} a log field, where a log's records ` +
      "name several (message, status, timestamp, course, assignment, student, …)",
  );
}

function isLogLine(line: string): boolean {
  const parsed = parseLogLine(line);
  if (parsed.timestamp !== undefined || parsed.level !== undefined) return true;
  for (let index = 0; index < parsed.pairs.length; index += 2) {
    if (fieldForName(parsed.pairs[index] as string) !== undefined) return true;
  }
  return false;
}

function markupOf(line: string): Markup | undefined {
  const found = MARKUP_LINES.find(([, pattern]) => pattern.test(line))?.[0];
  if (found !== undefined) return found;
  const key = YAML_KEY.exec(line)?.[1];
  if (key === undefined || statusFromWord(key) !== undefined || fieldForName(key) !== undefined) return undefined;
  return "config";
}

function listed(paths: readonly string[]): string {
  const shown = paths.slice(0, 5).join(", ");
  return paths.length > 5 ? `${shown}, …` : shown;
}

function notALog(source: string | undefined, shape: InputShape, why: string): InputError {
  return new InputError(
    "not-a-log",
    `${source ?? "input"}: expected a log export (CSV with a header row, JSON or NDJSON records, or a text log whose ` +
      `lines carry timestamps, levels or key=value pairs), but ${why}. If it is a log, pass --input-format ${shape} ` +
      "to read it anyway",
    source,
  );
}
