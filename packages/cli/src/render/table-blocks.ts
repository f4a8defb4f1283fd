import type { Finding, UnknownTemplate } from "@sis/core";
import type { Row } from "../view/sections.js";
import { type Cell, type FittedTable, type TableOptions, tableString } from "./cli-table.js";
import type { ColumnSpec } from "./fit-columns.js";
import { assignmentLabel, candidateCell, courseLabel, dateLabel, findingLabel, yesNo } from "./labels.js";
import type { Paint } from "./paint.js";

/**
 * The columns after a table's first ones, the same in every table. At 80 columns the date wraps onto two lines;
 * narrower, the student count goes first (the fix lines below the table name the students' problem anyway), then
 * the date, before course names and error titles would wrap below what reads.
 */
const COUNT_COLUMNS: readonly ColumnSpec[] = [
  { head: "Count" },
  { head: "Students", dropOrder: 2 },
  { head: "Last seen", minWidth: 10, squeezeFirst: true, dropOrder: 3 },
  { head: "Resolved" },
];

const FINDING_COLUMNS: readonly ColumnSpec[] = [
  { head: "Error", minWidth: 18 },
  // Long SIS slugs wrap after their hyphen (infinite-/campus); the column goes first when room runs out.
  { head: "SIS", minWidth: 11, dropOrder: 1 },
  ...COUNT_COLUMNS,
];

const LOCATION_COLUMNS: readonly ColumnSpec[] = [
  { head: "Course", minWidth: 10 },
  { head: "Assignment", minWidth: 10 },
  ...COUNT_COLUMNS,
];

const UNKNOWN_COLUMNS: readonly ColumnSpec[] = [
  { head: "Message template", minWidth: 20 },
  { head: "Count" },
  { head: "Nearest entry", minWidth: 16, dropOrder: 1 },
];

export function findingTable(rows: readonly Row[], paint: Paint, options: TableOptions): FittedTable {
  const cells = rows.map(({ group, finding }): Cell[] => [
    { text: findingLabel(finding), paint: finding.severity === "error" ? paint.red : paint.yellow },
    finding.entry?.sis ?? group.sis ?? "—",
    ...counts(finding, paint),
  ]);
  return tableString(FINDING_COLUMNS, cells, options);
}

export function locationTable(rows: readonly Row[], paint: Paint, options: TableOptions): FittedTable {
  const cells = rows.map(({ group, finding }): Cell[] => [
    courseLabel(group.course),
    assignmentLabel(group.assignment),
    ...counts(finding, paint),
  ]);
  return tableString(LOCATION_COLUMNS, cells, options);
}

export function unknownTable(unknown: readonly UnknownTemplate[], options: TableOptions): FittedTable {
  const cells = unknown.map((template) => [
    template.template,
    String(template.count),
    candidateCell(template) ??
      (template.nearest ? `${template.nearest.id} (${Math.round(template.nearest.similarity * 100)}%)` : "—"),
  ]);
  return tableString(UNKNOWN_COLUMNS, cells, options);
}

function counts(finding: Finding, paint: Paint): Cell[] {
  const resolved = { text: yesNo(finding.resolved), paint: finding.resolved ? paint.green : paint.red };
  return [String(finding.count), String(finding.students), dateLabel(finding.lastSeen), resolved];
}
