import type { Actor, EscalationItem, Finding, Group, Report } from "@sis/core";
import { ESCALATION_ITEM_LABELS, itemIsIncluded } from "./escalation-items.js";
import { joinedPieces } from "./joined-pieces.js";
import { ACTOR_LABELS, assignmentLabel, courseLabel, dateLabel, findingLabel, studentLabel, yesNo } from "./labels.js";
import { escapeMarkdown as md } from "./markdown-escape.js";
import { markdownTable } from "./markdown-table.js";

/** Support practice: an escalation carries specific examples, never "grades are not syncing". */
const EXAMPLES_PER_FINDING = 3;

type Row = { group: Group; finding: Finding };

/** A Markdown escalation note per course: who it goes to, what failed, for whom, and what to attach. */
export function renderEscalation(report: Report): Iterable<string> {
  const courses = coursesOf(report.groups);
  if (courses.length === 0) return ["No grade passback errors to escalate.\n"];
  // A note per course as it is written: a district's notes run to tens of MB, never held as one string.
  return joinedPieces(notesOf(courses), "\n---\n\n", (last) => `${last.trimEnd()}\n`);
}

function* notesOf(courses: readonly Group[][]): Generator<string> {
  for (const groups of courses) yield escalationNote(groups);
}

function coursesOf(groups: readonly Group[]): Group[][] {
  const courses = new Map<string, Group[]>();
  for (const group of groups) {
    const key = `${group.course.id ?? ""}\u0000${group.course.name ?? ""}`;
    courses.set(key, [...(courses.get(key) ?? []), group]);
  }
  return [...courses.values()];
}

function escalationNote(groups: Group[]): string {
  const rows = groups.flatMap((group) => group.findings.map((finding) => ({ group, finding })));
  const hasCourseUrl = groups[0]?.course.url != null;
  return [
    ...header(groups),
    "## Errors",
    "",
    errorTable(rows),
    "",
    "## Error text (examples from the log)",
    "",
    ...exampleLines(rows),
    "",
    "## Affected users",
    "",
    userTable(rows),
    "",
    "## Before sending",
    "",
    ...checklist(rows, hasCourseUrl),
    "",
  ].join("\n");
}

function header(groups: readonly Group[]): string[] {
  const first = groups[0] as Group;
  const url = first.course.url;
  const lines = [`# Escalation: ${md(courseLabel(first.course))}`, "", `- **Goes to:** ${recipients(groups)}`];
  lines.push(
    `- **Course URL:** ${url ? `<${url}>` : "not known (run with --canvas-url https://your-school.instructure.com)"}`,
  );
  if (first.sis) lines.push(`- **SIS:** ${md(first.sis)}`);
  if (first.teacher) lines.push(`- **Teacher:** ${md(first.teacher)}`);
  lines.push(`- **Assignments:** ${groups.map((group) => md(assignmentLabel(group.assignment))).join(", ")}`, "");
  return lines;
}

/** The people the catalog says to escalate to, else the ones who act first; unknown errors go to Canvas support. */
function recipients(groups: readonly Group[]): string {
  const to = new Set<string>();
  for (const finding of groups.flatMap((group) => group.findings)) {
    const escalateTo = finding.escalation?.needed ? finding.escalation.to : null;
    const actor: Actor | null = escalateTo ?? finding.actsFirst;
    to.add(actor ? ACTOR_LABELS[actor] : "Canvas support (an error no catalog entry explains)");
  }
  return [...to].join(", ");
}

function errorTable(rows: readonly Row[]): string {
  const head = ["Assignment", "Error", "Count", "Students", "First seen", "Last seen", "Resolved"];
  const cells = rows.map(({ group, finding }) => [
    assignmentLabel(group.assignment),
    findingLabel(finding),
    String(finding.count),
    String(finding.students),
    dateLabel(finding.firstSeen),
    dateLabel(finding.lastSeen),
    yesNo(finding.resolved),
  ]);
  return markdownTable(head, cells);
}

function exampleLines(rows: readonly Row[]): string[] {
  return rows.flatMap(({ group, finding }) =>
    finding.examples.slice(0, EXAMPLES_PER_FINDING).map((example) => {
      const where = `${example.source ?? "input"}:${example.line}`;
      return `- ${md(assignmentLabel(group.assignment))}, ${md(where)}: ${md(example.message)}`;
    }),
  );
}

function userTable(rows: readonly Row[]): string {
  const cells = rows.flatMap(({ group, finding }) =>
    finding.users.map((user) => [
      studentLabel(user),
      assignmentLabel(group.assignment),
      dateLabel(user.lastError),
      yesNo(user.resolved),
    ]),
  );
  return markdownTable(["Student", "Assignment", "Last error", "Resolved"], cells);
}

/** What the note carries (ticked) and what the sender must still add, always including the SIS screenshot. */
function checklist(rows: readonly Row[], hasCourseUrl: boolean): string[] {
  const items = new Set<EscalationItem>([
    "affected-users",
    "assignment-names",
    "error-text",
    "timestamps",
    "course-url",
  ]);
  for (const { finding } of rows) for (const item of finding.escalation?.collect ?? []) items.add(item);
  items.add("sis-screenshot");
  return [...items].map(
    (item) => `- [${itemIsIncluded(item, hasCourseUrl) ? "x" : " "}] ${ESCALATION_ITEM_LABELS[item]}`,
  );
}
