import type { EscalationItem, Group } from "@sis/core";
import type { Block } from "./document.js";
import { affectedStudents, type Issue } from "./escalation-issues.js";
import { ESCALATION_ITEM_LABELS, itemIsIncluded, type NoteHas, TO_ATTACH } from "./escalation-items.js";
import { assignmentLabel, courseLabel } from "./labels.js";

/** A class is rarely larger; past this the note points to the CSV rather than growing without end. */
const STUDENTS_LISTED = 60;

/** The course a note is about and the people its errors affect. */
export function courseBlocks(groups: readonly Group[], issues: readonly Issue[]): Block[] {
  const first = groups[0] as Group;
  const url = first.course.url;
  const assignments = [
    ...new Set(issues.flatMap(({ places }) => places.map((p) => assignmentLabel(p.group.assignment)))),
  ];
  const students = affectedStudents(issues);
  const listed = students
    .slice(0, STUDENTS_LISTED)
    .map(({ student, assignments: names }) => `${student}: ${names.join(", ")}`);
  if (students.length > listed.length)
    listed.push(`and ${students.length - listed.length} more (--format csv lists every finding)`);
  const teacher = groups.find((group) => group.teacher)?.teacher ?? "not named in the log";
  return [
    { kind: "heading", level: 2, text: "Course" },
    {
      kind: "fields",
      fields: [
        { label: "Course", value: courseLabel(first.course) },
        url
          ? { label: "Course URL", value: url, url: true }
          : {
              label: "Course URL",
              value: "not known: add it (gpb-analyze --canvas-url https://your-school.instructure.com)",
            },
        { label: "SIS", value: groups.find((group) => group.sis)?.sis ?? "not named in the log" },
        { label: "Assignments", value: assignments.join(", ") },
      ],
    },
    { kind: "heading", level: 2, text: "Affected users" },
    { kind: "fields", fields: [{ label: "Teacher", value: teacher }] },
    listed.length > 0
      ? { kind: "list", label: `Students (${students.length})`, items: listed }
      : {
          kind: "paragraph",
          label: "Students",
          text: "none named in the log (the errors are about whole assignments)",
        },
  ];
}

/** What the sender adds by hand, and the checklist of what the note carries. */
export function attachAndCheck(issues: readonly Issue[], has: NoteHas): Block[] {
  const items = new Set<EscalationItem>([
    "affected-users",
    "assignment-names",
    "error-text",
    "timestamps",
    "course-url",
  ]);
  for (const { entry } of issues) for (const item of entry?.escalation.collect ?? []) items.add(item);
  items.add("sis-screenshot");
  const attach = (["sis-screenshot", "sis-ids"] as const)
    .filter((item) => items.has(item))
    .map((item) => TO_ATTACH[item]);
  return [
    { kind: "heading", level: 2, text: "Attach before sending" },
    { kind: "list", label: "Add by hand", items: attach },
    { kind: "heading", level: 2, text: "Checklist" },
    {
      kind: "checklist",
      items: [...items].map((item) => ({
        done: itemIsIncluded(item, has),
        text: ESCALATION_ITEM_LABELS[item],
      })),
    },
  ];
}
