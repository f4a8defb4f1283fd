import type { Group } from "@sis/core";
import { courseKey, coursesOf } from "./course-key.js";

export interface OrderedCourse {
  groups: Group[];
  /** courseKey of the course. */
  key: string;
  anchor: string;
}

/**
 * Courses worst first (errors still failing, then unresolved findings, then errors), each with an element id made
 * from its Canvas id (`course-1234`), so a link to one course of the report can be sent.
 */
export function orderedCourses(groups: readonly Group[]): OrderedCourse[] {
  const used = new Set<string>();
  return coursesOf(groups)
    .map((list) => ({ groups: list, weight: weightOf(list) }))
    .sort((a, b) => b.weight[0] - a.weight[0] || b.weight[1] - a.weight[1] || b.weight[2] - a.weight[2])
    .map(({ groups: list }, index) => {
      const first = list[0] as Group;
      return { groups: list, key: courseKey(first.course), anchor: anchorOf(first, index, used) };
    });
}

function weightOf(groups: readonly Group[]): [number, number, number] {
  let stillFailing = 0;
  let unresolved = 0;
  let errors = 0;
  for (const finding of groups.flatMap((group) => group.findings)) {
    errors += finding.count;
    if (finding.resolved) continue;
    unresolved++;
    stillFailing += finding.count;
  }
  return [stillFailing, unresolved, errors];
}

function anchorOf(group: Group, index: number, used: Set<string>): string {
  const slug = (group.course.id ?? "").replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 60);
  let anchor = slug ? `course-${slug}` : `course-n${index + 1}`;
  if (used.has(anchor)) anchor = `${anchor}-${index + 1}`;
  used.add(anchor);
  return anchor;
}
