import type { Finding, Fix, Report } from "@sis/core";
import { Actor } from "@sis/core";
import { fixesOf } from "../view/fixes.js";
import { type Row, sectionsOf } from "../view/sections.js";
import { tableString } from "./cli-table.js";
import { ACTOR_LABELS, assignmentLabel, courseLabel, dateLabel, findingLabel, plural, yesNo } from "./labels.js";
import { createPaint, type Paint } from "./paint.js";
import type { RenderOptions } from "./renderer.js";
import { summaryLine } from "./summary-line.js";

/** For a support agent at a terminal: a table of findings per section, the fixes to send, unknowns, a summary. */
export function renderTable(report: Report, { groupBy, colour }: RenderOptions): string {
  const paint = createPaint(colour);
  const out: string[] = [];
  const sections = sectionsOf(report, groupBy);
  if (sections.length === 0) out.push(paint.green("No grade passback errors to act on."), "");
  for (const section of sections) {
    out.push(paint.bold(section.title));
    for (const block of section.blocks) {
      if (block.title) out.push(`  ${paint.bold(block.title)}`);
      out.push(
        groupBy === "error" ? locationTable(block.rows, paint, colour) : findingTable(block.rows, paint, colour),
      );
      for (const { title, fix } of fixesOf(block.rows)) out.push(...fixLines(title, fix, paint));
      out.push("");
    }
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
