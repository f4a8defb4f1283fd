import type { Group } from "@sis/core";

/** A course is its id and name together, as the escalation note groups them. */
export function courseKey(course: Pick<Group["course"], "id" | "name">): string {
  return `${course.id ?? ""}\u0000${course.name ?? ""}`;
}

/** Course groups in report order, one list per course. */
export function coursesOf(groups: readonly Group[]): Group[][] {
  const courses = new Map<string, Group[]>();
  for (const group of groups) {
    const key = courseKey(group.course);
    const list = courses.get(key);
    if (list) list.push(group);
    else courses.set(key, [group]);
  }
  return [...courses.values()];
}
