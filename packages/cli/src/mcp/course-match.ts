import type { Group } from "@sis/core";
import { UsageError } from "../usage-error.js";

/** How many courses a refusal names before it says how many more there are. */
const COURSES_NAMED = 10;

/**
 * The groups of the course an agent named by id or name (as the analyze result shows them), in report order.
 * A course with no findings is refused with the courses that have some, so an agent never reads an empty result
 * as "this course is fine" when it mistyped the id.
 */
export function groupsOfCourse(groups: readonly Group[], wanted: string): Group[] {
  const chosen = groups.filter((group) => group.course.id === wanted || group.course.name === wanted);
  if (chosen.length > 0) return chosen;
  const known = [...new Set(groups.map(courseLabel))];
  const list =
    known.slice(0, COURSES_NAMED).join(", ") +
    (known.length > COURSES_NAMED ? `, and ${known.length - COURSES_NAMED} more` : "");
  throw new UsageError(
    `expected the id or name of a course with findings in this log, got "${wanted}"; ${known.length > 0 ? `courses with findings: ${list}` : "this log has no findings"}`,
  );
}

/** What a course is called when a tool names it back: its id, else its name. */
export function courseLabel(group: Group): string {
  return group.course.id ?? group.course.name ?? "(course not named in the log)";
}
