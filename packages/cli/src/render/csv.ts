import type { Finding, Group, Report } from "@sis/core";

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
] as const;

/** RFC 4180 ends records with CRLF, which every spreadsheet reads. */
const EOL = "\r\n";

/**
 * One row per finding, for a spreadsheet or a script. Written row by row, so a district's report is never held as
 * one string. Every cell is made safe to open in a spreadsheet (see csvCell).
 */
export function* renderCsv(report: Report): Generator<string> {
  yield csvRow(HEADER);
  for (const group of report.groups) for (const finding of group.findings) yield csvRow(findingCells(group, finding));
}

function findingCells(group: Group, finding: Finding): string[] {
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
  ];
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
