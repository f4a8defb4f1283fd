import { Actor, entryOf, type Finding, type Fix, fixOf, type Group, type Report } from "@sis/core";
import { DOMAIN_COLUMNS, passbackDomainCells, provisioningCsvRows } from "../provisioning/csv-rows.js";
import { candidateHint } from "./labels.js";
import type { RenderOptions } from "./renderer.js";

/** One column per person who can act, in the order support reaches them. */
const FIX_COLUMNS = {
  teacher: "fix_teacher",
  canvasAdmin: "fix_canvas_admin",
  sisAdmin: "fix_sis_admin",
  vendor: "fix_vendor",
} as const satisfies Record<Actor, string>;

const HEADER = [
  "course_id",
  "course_name",
  "assignment_id",
  "assignment_name",
  "sis",
  "entry_id",
  "title",
  "severity",
  "count",
  "students",
  "first_seen",
  "last_seen",
  "resolved",
  "template",
  // Added after the first columns so scripts that read them by position keep working.
  "meaning",
  "wording",
  "acts_first",
  ...Actor.options.map((actor) => FIX_COLUMNS[actor]),
  // SIS imports: provisioning findings get rows of their own; passback rows name the ones they link to.
  ...DOMAIN_COLUMNS,
  // Last, like every column added since: the --sis hint the other formats show under a finding.
  "sis_hint",
] as const;

/** RFC 4180 ends records with CRLF, which every spreadsheet reads. */
const EOL = "\r\n";
/**
 * Excel on Windows reads a CSV as the system's code page unless it starts with a UTF-8 byte-order mark, and
 * "José Núñez" turns into "JosÃ© NÃºÃ±ez". Spreadsheets are what this format is for, so it is on unless turned off.
 */
const BOM = "\uFEFF";

/**
 * One row per finding, for a spreadsheet or a script: where, what (title, meaning, whether its wording was
 * verified), how much and when, who acts first and the fix per person. Written row by row, so a district's report is never held as
 * one string. Every cell is made safe to open in a spreadsheet (see csvCell).
 */
export function* renderCsv(report: Report, options: Pick<RenderOptions, "bom">): Generator<string> {
  if (options.bom !== false) yield BOM;
  yield csvRow(HEADER);
  for (const group of report.groups)
    for (const finding of group.findings) yield csvRow(findingCells(report, group, finding));
  // An SIS import finding's entry is Canvas's own, never a candidate of an SIS the log does not name.
  if (report.provisioning)
    for (const cells of provisioningCsvRows(report.provisioning, stepsCell)) yield csvRow([...cells, ""]);
}

function findingCells(report: Pick<Report, "entries">, group: Group, finding: Finding): string[] {
  const entry = entryOf(report, finding);
  return [
    group.course.id ?? "",
    group.course.name ?? "",
    group.assignment.id ?? "",
    group.assignment.name ?? "",
    finding.entry?.sis ?? group.sis ?? "",
    finding.entry?.id ?? "",
    finding.entry?.title ?? "",
    finding.severity,
    String(finding.count),
    String(finding.students),
    finding.firstSeen ?? "",
    finding.lastSeen ?? "",
    finding.resolved ? "true" : "false",
    finding.template ?? "",
    entry?.meaning ?? "",
    entry?.wording ?? "",
    entry?.actsFirst ?? "",
    ...Actor.options.map((actor) => stepsCell(fixOf(report, finding), actor)),
    ...passbackDomainCells(finding),
    candidateHint(finding) ?? "",
  ];
}

/** A person's steps in one cell, numbered on lines of their own when there are several. */
function stepsCell(fix: Fix | null, actor: Actor): string {
  const steps = fix?.[actor] ?? [];
  return steps.length === 1 ? (steps[0] as string) : steps.map((step, i) => `${i + 1}. ${step}`).join("\n");
}

function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}${EOL}`;
}

/** A cell starting with one of these is run as a formula by Excel, LibreOffice and Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell: log text that reads like a formula (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3`) gets a leading `'` so a
 * spreadsheet shows it as text instead of running it (OWASP's advice on CSV injection); then it is quoted per
 * RFC 4180 when it holds a quote, comma or line break.
 */
export function csvCell(text: string): string {
  const inert = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}
