import type { Finding, Fix, Report } from "@sis/core";
import { Actor } from "@sis/core";
import { fixesOf } from "../view/fixes.js";
import { type Row, sectionsOf } from "../view/sections.js";
import { tableString } from "./cli-table.js";
import { ACTOR_LABELS, assignmentLabel, courseLabel, dateLabel, findingLabel, plural, yesNo } from "./labels.js";
import { createPaint, type Paint } from "./paint.js";
import type { RenderOptions } from "./renderer.js";
import { summaryLine } from "./summary-line.js";

/**
 * Finding rows a table shows before it stops and says what it left out. A district's year can hold tens of thousands
 * of findings: drawn in full that is minutes of terminal output nobody reads (and most of a minute in cli-table3);
 * the csv and json formats carry all of them.
 */
export const TABLE_ROW_LIMIT = 200;

/** For a support agent at a terminal: a table of findings per section, the fixes to send, unknowns, a summary. */
export function renderTable(report: Report, { groupBy, colour }: RenderOptions): string {
  const paint = createPaint(colour);
  const out: string[] = [];
  const sections = sectionsOf(report, groupBy);
  if (sections.length === 0) out.push(paint.green("No grade passback errors to act on."), "");
  let shown = 0;
  let left = 0;
  for (const section of sections) {
    for (const block of section.blocks) {
      if (shown >= TABLE_ROW_LIMIT) {
        left += block.rows.length;
        continue;
      }
      // One block alone can be longer than the whole budget (--group-by error on an error every assignment has).
      const rows = block.rows.slice(0, TABLE_ROW_LIMIT - shown);
      left += block.rows.length - rows.length;
      shown += rows.length;
      if (block === section.blocks[0]) out.push(paint.bold(section.title));
      if (block.title) out.push(`  ${paint.bold(block.title)}`);
      out.push(groupBy === "error" ? locationTable(rows, paint, colour) : findingTable(rows, paint, colour));
      for (const { title, fix } of fixesOf(rows)) out.push(...fixLines(title, fix, paint));
      out.push("");
    }
  }
  if (left > 0) {
    out.push(
      paint.bold(`… and ${plural(left, "more finding")} not shown here.`),
      "All of them: --format csv (a row per finding) or --format json; fewer: --only-unresolved, --group-by error.",
      "",
    );
  }
  if (report.unknown.length > 0) out.push(...unknownLines(report, paint, colour), "");
  out.push(summaryLine(report));
  return `${out.join("\n")}\n`;
}

function findingTable(rows: readonly Row[], paint: Paint, colour: boolean): string {
  const head = ["Error", "SIS", "Count", "Students", "Last seen", "Resolved"];
  return tableString(
    head,
    rows.map(({ group, finding }) => [
      severityPaint(finding, paint)(findingLabel(finding)),
      finding.entry?.sis ?? group.sis ?? "—",
      ...counts(finding, paint),
    ]),
    colour,
  );
}

function locationTable(rows: readonly Row[], paint: Paint, colour: boolean): string {
  const head = ["Course", "Assignment", "Count", "Students", "Last seen", "Resolved"];
  return tableString(
    head,
    rows.map(({ group, finding }) => [
      courseLabel(group.course),
      assignmentLabel(group.assignment),
      ...counts(finding, paint),
    ]),
    colour,
  );
}

function counts(finding: Finding, paint: Paint): string[] {
  const resolved = finding.resolved ? paint.green(yesNo(true)) : paint.red(yesNo(false));
  return [String(finding.count), String(finding.students), dateLabel(finding.lastSeen), resolved];
}

function severityPaint(finding: Finding, paint: Paint): (text: string) => string {
  return finding.severity === "error" ? paint.red : paint.yellow;
}

/** The steps per person, in the order support reaches them. */
function fixLines(title: string, fix: Fix, paint: Paint): string[] {
  const lines = [`  ${paint.bold(`Fix: ${title}`)}`];
  for (const actor of Actor.options) {
    const steps = fix[actor];
    if (!steps) continue;
    lines.push(`    ${paint.dim(`${ACTOR_LABELS[actor]}:`)}`, ...steps.map((step, i) => `      ${i + 1}. ${step}`));
  }
  return lines;
}

function unknownLines(report: Report, paint: Paint, colour: boolean): string[] {
  const rows = report.unknown.map((unknown) => [
    unknown.template,
    String(unknown.count),
    unknown.nearest ? `${unknown.nearest.id} (${Math.round(unknown.nearest.similarity * 100)}%)` : "—",
  ]);
  const title = `Unknown errors: ${plural(report.unknown.length, "message template")} no catalog entry explains`;
  return [paint.bold(title), tableString(["Message template", "Count", "Nearest entry"], rows, colour)];
}
