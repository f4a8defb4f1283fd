import { Actor, type Finding, plural, type Report } from "@sis/core";
import { provisioningMarkdown } from "../provisioning/markdown.js";
import { type FixToShow, fixesOf } from "../view/fixes.js";
import type { GroupBy } from "../view/group-by.js";
import { type Row, sectionsOf } from "../view/sections.js";
import { joinedPieces } from "./joined-pieces.js";
import {
  ACTOR_LABELS,
  assignmentLabel,
  candidateCell,
  candidateHints,
  courseLabel,
  dateLabel,
  findingLabel,
  WORDING_LABELS,
  yesNo,
} from "./labels.js";
import { escapeMarkdown as md } from "./markdown-escape.js";
import { markdownTable } from "./markdown-table.js";
import type { RenderOptions } from "./renderer.js";
import { summaryLine } from "./summary-line.js";

/**
 * The report for pasting into a ticket: headings per section, a table of findings, the fixes per person. Written
 * section by section (a district's report runs to megabytes); the text ends with exactly one newline.
 */
export function renderMarkdown(report: Report, { groupBy }: RenderOptions): Iterable<string> {
  return joinedPieces(markdownSections(report, groupBy), "\n", (last) => `${last.trimEnd()}\n`);
}

function* markdownSections(report: Report, groupBy: GroupBy): Generator<string> {
  yield ["# Grade passback report", "", md(summaryLine(report)), ""].join("\n");
  // SIS import problems first: the passback failures they cause are fixed by correcting the provisioning.
  if (report.provisioning) yield* provisioningMarkdown(report.provisioning);
  for (const section of sectionsOf(report, groupBy)) {
    const out = [`## ${md(section.title)}`, ""];
    for (const block of section.blocks) {
      if (block.title) out.push(`### ${md(block.title)}`, "");
      out.push(groupBy === "error" ? locationTable(block.rows) : findingTable(block.rows), "");
      for (const hint of candidateHints(block.rows.map((row) => row.finding))) out.push(`> ${md(hint)}`, "");
      for (const fix of fixesOf(report, block.rows)) out.push(...fixLines(fix));
    }
    yield out.join("\n");
  }
  if (report.unknown.length > 0) {
    const rows = report.unknown.map((u) => [u.template, String(u.count), candidateCell(u) ?? u.nearest?.id ?? "—"]);
    const out = [`## Unknown errors (${plural(report.unknown.length, "template")})`, ""];
    out.push(markdownTable(["Message template", "Count", "Nearest entry"], rows), "");
    for (const hint of candidateHints(report.unknown)) out.push(`> ${md(hint)}`, "");
    yield out.join("\n");
  }
}

function findingTable(rows: readonly Row[]): string {
  const head = ["Error", "SIS", "Count", "Students", "First seen", "Last seen", "Resolved"];
  return markdownTable(
    head,
    rows.map(({ group, finding }) => [
      findingLabel(finding),
      finding.entry?.sis ?? group.sis ?? "—",
      ...counts(finding),
    ]),
  );
}

function locationTable(rows: readonly Row[]): string {
  const head = ["Course", "Assignment", "Count", "Students", "First seen", "Last seen", "Resolved"];
  return markdownTable(
    head,
    rows.map(({ group, finding }) => [
      courseLabel(group.course),
      assignmentLabel(group.assignment),
      ...counts(finding),
    ]),
  );
}

function counts(finding: Finding): string[] {
  return [
    String(finding.count),
    String(finding.students),
    dateLabel(finding.firstSeen),
    dateLabel(finding.lastSeen),
    yesNo(finding.resolved),
  ];
}

function fixLines({ title, meaning, wording, fix }: FixToShow): string[] {
  const lines = [
    `**Fix: ${md(title)}**`,
    "",
    `What it means: ${md(meaning)}`,
    "",
    `Wording: ${WORDING_LABELS[wording]}`,
    "",
  ];
  for (const actor of Actor.options) {
    const steps = fix[actor];
    if (!steps) continue;
    lines.push(`- ${ACTOR_LABELS[actor]}:`, ...steps.map((step, i) => `  ${i + 1}. ${md(step)}`));
  }
  return [...lines, ""];
}
