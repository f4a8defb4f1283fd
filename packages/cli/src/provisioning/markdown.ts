import { Actor, formatCount, type ProvisioningSection, plural } from "@sis/core";
import { ACTOR_LABELS } from "../render/labels.js";
import { escapeMarkdown as md } from "../render/markdown-escape.js";
import { markdownTable } from "../render/markdown-table.js";
import { type ProvisioningFix, provisioningFixes } from "./fixes.js";
import {
  fileStatus,
  fileTitle,
  importFacts,
  importTitle,
  objectsLabel,
  originLabel,
  provisioningLabel,
  rowsLabel,
  whereLabel,
} from "./labels.js";

/** Objects the Markdown lists; the JSON report has them all. */
const MARKDOWN_OBJECTS = 50;

/** The provisioning section for a ticket: a heading per import and file, a table of findings, the fixes. */
export function* provisioningMarkdown(section: ProvisioningSection): Generator<string> {
  yield ["## SIS imports", ""].join("\n");
  for (const item of section.imports) {
    const out = [`### ${md(importTitle(item))}`, "", ...importFacts(item).map((fact) => `- ${md(fact)}`), ""];
    for (const file of item.files) {
      out.push(`#### ${md(fileTitle(file))}`, "");
      for (const status of fileStatus(file)) out.push(`> ${md(status)}`, "");
      if (file.findings.length === 0) continue;
      const rows = file.findings.map((finding) => [
        provisioningLabel(finding),
        formatCount(finding.count),
        originLabel(finding),
        rowsLabel(finding),
        objectsLabel(finding) || "—",
      ]);
      out.push(markdownTable(["Finding", "Count", "Reported / predicted", "Rows", "Objects"], rows), "");
      if (file.omittedFindings > 0)
        out.push(`… and ${plural(file.omittedFindings, "more finding")} (see --format json).`, "");
      for (const fix of provisioningFixes(file.findings)) out.push(...fixBlock(fix));
    }
    yield out.join("\n");
  }
  if (section.objects.length > 0) {
    const rows = section.objects
      .slice(0, MARKDOWN_OBJECTS)
      .map((object) => [
        `${object.kind} ${object.id}`,
        formatCount(object.count),
        object.findings.map((finding) => `${finding.title} (${whereLabel(finding)})`).join("; "),
      ]);
    const more = section.objects.length - rows.length + section.omittedObjects;
    yield [
      "### Courses, sections and users with SIS import findings",
      "",
      markdownTable(["Object", "Count", "Findings"], rows),
      "",
      ...(more > 0 ? [`… and ${plural(more, "more object")} (see --format json).`, ""] : []),
    ].join("\n");
  }
}

function fixBlock({ title, meaning, wording, fix }: ProvisioningFix): string[] {
  const lines = [`**Fix: ${md(title)}**`, "", `What it means: ${md(meaning)}`, ""];
  if (wording) lines.push(`Wording: ${md(wording)}`, "");
  for (const actor of Actor.options) {
    const steps = fix[actor];
    if (steps) lines.push(`- ${ACTOR_LABELS[actor]}:`, ...steps.map((step, i) => `  ${i + 1}. ${md(step)}`));
  }
  return [...lines, ""];
}
