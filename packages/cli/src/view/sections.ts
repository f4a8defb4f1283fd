import type { Finding, Group, Report } from "@sis/core";
import { assignmentLabel, courseLabel, findingLabel } from "../render/labels.js";
import type { GroupBy } from "./group-by.js";

/** One finding with the course and assignment it happened in. */
export interface Row {
  group: Group;
  finding: Finding;
}

/** Rows under an optional sub-heading (an assignment within a course, a course within an assignment). */
export interface Block {
  title: string | null;
  rows: Row[];
}

export interface Section {
  title: string;
  blocks: Block[];
}

type Keyed = { key: string; title: string };

/** How each arrangement names a section and a block for a row; blocks are absent when grouping by error. */
const ARRANGEMENTS = {
  course: { section: (row) => courseKey(row.group), block: (row) => assignmentKey(row.group, "id") },
  assignment: { section: (row) => assignmentKey(row.group, "name"), block: (row) => courseKey(row.group) },
  error: { section: (row) => errorKey(row.finding), block: () => null },
} satisfies Record<GroupBy, { section: (row: Row) => Keyed; block: (row: Row) => Keyed | null }>;

/**
 * The report's findings arranged for reading. Order follows the report's own (stable) order of first appearance,
 * so the same log always prints the same way.
 */
export function sectionsOf(report: Report, by: GroupBy): Section[] {
  const arrangement = ARRANGEMENTS[by];
  const sections = new Map<string, { title: string; blocks: Map<string, Block> }>();
  for (const group of report.groups) {
    for (const finding of group.findings) {
      const row = { group, finding };
      const section = arrangement.section(row);
      const block = arrangement.block(row);
      const into = sections.get(section.key) ?? { title: section.title, blocks: new Map<string, Block>() };
      sections.set(section.key, into);
      const blockKey = block?.key ?? "";
      const rows = into.blocks.get(blockKey) ?? { title: block?.title ?? null, rows: [] };
      into.blocks.set(blockKey, rows);
      rows.rows.push(row);
    }
  }
  return [...sections.values()].map((section) => ({ title: section.title, blocks: [...section.blocks.values()] }));
}

function courseKey(group: Group): Keyed {
  return { key: `${group.course.id ?? ""}\u0000${group.course.name ?? ""}`, title: courseLabel(group.course) };
}

/** Within a course an assignment is its id; across courses the same name is the same piece of work. */
function assignmentKey(group: Group, by: "id" | "name"): Keyed {
  const { id, name } = group.assignment;
  const key = by === "name" ? (name ?? id ?? "") : `${id ?? ""}\u0000${name ?? ""}`;
  return {
    key,
    title: by === "name" ? assignmentLabel({ id: name ? null : id, name }) : assignmentLabel(group.assignment),
  };
}

function errorKey(finding: Finding): Keyed {
  return {
    key: finding.entry ? `entry:${finding.entry.id}` : `template:${finding.template ?? ""}`,
    title: findingLabel(finding),
  };
}
