import type { ProvisioningSection } from "@sis/core";
import { formatCount, plural } from "@sis/core";
import { type Cell, type FittedTable, type TableOptions, tableString } from "../render/cli-table.js";
import type { ColumnSpec } from "../render/fit-columns.js";
import { fixBlock } from "../render/fix-lines.js";
import type { Paint } from "../render/paint.js";
import { wrapIndented } from "../render/wrap-text.js";
import { provisioningFixes } from "./fixes.js";
import {
  fileStatus,
  fileTitle,
  importFacts,
  importTitle,
  objectsLabel,
  originLabel,
  type ProvisioningFinding,
  provisioningLabel,
  rowsLabel,
  whereLabel,
} from "./labels.js";

const FINDING_COLUMNS: readonly ColumnSpec[] = [
  { head: "Finding", minWidth: 20 },
  { head: "Count" },
  { head: "Reported / predicted", minWidth: 12, dropOrder: 2 },
  { head: "Rows", minWidth: 6, squeezeFirst: true },
  { head: "Objects", minWidth: 14, dropOrder: 1 },
];

const OBJECT_COLUMNS: readonly ColumnSpec[] = [
  { head: "Object", minWidth: 14 },
  { head: "Count" },
  { head: "Findings", minWidth: 20 },
];

/** Objects the table lists: a glance at who and what is touched most; JSON and CSV have all. */
const TABLE_OBJECTS = 15;

/**
 * The provisioning section for a terminal: per import its facts, per file what Canvas makes of it and a table of
 * its findings with their fixes below, then the courses, sections and users most touched. No line is wider than
 * the table options' width; columns left out are named in `dropped`.
 */
export function provisioningTable(
  section: ProvisioningSection,
  paint: Paint,
  table: TableOptions,
  dropped: Set<string>,
): string[] {
  const { width } = table;
  const out: string[] = [];
  for (const item of section.imports) {
    out.push(...wrapIndented(importTitle(item), width, "").map(paint.bold));
    for (const fact of importFacts(item)) out.push(...wrapIndented(fact, width, "  ", "  "));
    out.push("");
    for (const file of item.files) {
      out.push(...wrapIndented(fileTitle(file), width, "  ", "    ").map(paint.bold));
      for (const status of fileStatus(file)) out.push(...wrapIndented(status, width, "    ", "    ").map(paint.yellow));
      if (file.findings.length > 0) {
        out.push(keep(findingTable(file.findings, paint, table), dropped));
        out.push(...fixLines(file.findings, paint, width));
      }
      if (file.omittedFindings > 0) {
        out.push(
          ...wrapIndented(`… and ${plural(file.omittedFindings, "more finding")} (see --format json).`, width, "    "),
        );
      }
      out.push("");
    }
  }
  if (section.objects.length > 0) {
    out.push(...wrapIndented("Most touched by SIS import findings", width, "").map(paint.bold));
    out.push(keep(objectTable(section.objects.slice(0, TABLE_OBJECTS), table), dropped));
    const more = section.objects.length - TABLE_OBJECTS + section.omittedObjects;
    if (more > 0) {
      const text = `… and ${plural(more, "more object")} (all of them: --format json).`;
      out.push(...wrapIndented(text, width, ""));
    }
    out.push("");
  }
  return out;
}

function keep(fitted: FittedTable, dropped: Set<string>): string {
  for (const head of fitted.dropped) dropped.add(head);
  return fitted.text;
}

function findingTable(findings: readonly ProvisioningFinding[], paint: Paint, options: TableOptions): FittedTable {
  const cells = findings.map((finding): Cell[] => [
    {
      text: provisioningLabel(finding),
      paint: finding.failure || finding.severity === "error" ? paint.red : paint.yellow,
    },
    formatCount(finding.count),
    originLabel(finding),
    rowsLabel(finding),
    objectsLabel(finding) || "—",
  ]);
  return tableString(FINDING_COLUMNS, cells, options);
}

function objectTable(objects: ProvisioningSection["objects"], options: TableOptions): FittedTable {
  const cells = objects.map((object) => [
    `${object.kind.replaceAll("_", " ")} ${object.id}`,
    formatCount(object.count),
    object.findings.map((finding) => `${finding.title} (${whereLabel(finding)})`).join("; "),
  ]);
  return tableString(OBJECT_COLUMNS, cells, options);
}

function fixLines(findings: readonly ProvisioningFinding[], paint: Paint, width: number): string[] {
  return provisioningFixes(findings).flatMap((fix) => fixBlock(fix, paint, width, "  "));
}
