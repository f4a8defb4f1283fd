import type { PageAssignment, PageCourse, PageData, PageFinding } from "../page-data.js";
import { textOf } from "./data.js";
import type { Filters, PageState, VisibleCourse } from "./state.js";

export function readFilters(form: HTMLFormElement): Filters {
  const value = (name: string) =>
    (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? "";
  return {
    query: value("query").trim().toLowerCase(),
    status: value("status"),
    sis: value("sis"),
    actor: value("actor"),
    entry: value("entry"),
  };
}

export function isFiltered(filters: Filters): boolean {
  return (
    filters.query !== "" ||
    filters.status !== "" ||
    filters.sis !== "*" ||
    filters.actor !== "*" ||
    filters.entry !== "*"
  );
}

/** The courses, assignments and findings that pass every filter, in the data's order (worst courses first). */
export function visibleCourses(state: PageState): VisibleCourse[] {
  const { data, filters } = state;
  const words = filters.query.split(/\s+/).filter((word) => word !== "");
  const out: VisibleCourse[] = [];
  for (const course of data.courses) {
    let count = 0;
    const assignments = [];
    for (const assignment of course.assignments) {
      const findings = assignment.findings.filter(
        (finding) =>
          passes(data, assignment, finding, filters) && matchesWords(state, course, assignment, finding, words),
      );
      if (findings.length === 0) continue;
      assignments.push({ assignment, findings });
      count += findings.length;
    }
    if (count > 0) out.push({ course, assignments, findings: count });
  }
  return out;
}

function passes(data: PageData, assignment: PageAssignment, finding: PageFinding, filters: Filters): boolean {
  if (filters.status === "unresolved" && finding.r === 1) return false;
  if (filters.status === "resolved" && finding.r === 0) return false;
  const entry = finding.e >= 0 ? data.entries[finding.e] : undefined;
  if (filters.sis !== "*" && (assignment.sis ?? entry?.sis ?? "") !== filters.sis) return false;
  if (filters.actor !== "*" && (finding.a ?? "none") !== filters.actor) return false;
  if (filters.entry !== "*" && (entry?.id ?? "(unknown)") !== filters.entry) return false;
  return true;
}

function matchesWords(
  state: PageState,
  course: PageCourse,
  assignment: PageAssignment,
  finding: PageFinding,
  words: readonly string[],
): boolean {
  if (words.length === 0) return true;
  let haystack = state.haystacks.get(finding);
  if (haystack === undefined) {
    haystack = haystackOf(state.data, course, assignment, finding);
    state.haystacks.set(finding, haystack);
  }
  return words.every((word) => (haystack as string).includes(word));
}

/** Everything a person might search a finding by: names and ids, the error, its messages, the students. */
function haystackOf(data: PageData, course: PageCourse, assignment: PageAssignment, finding: PageFinding): string {
  const entry = finding.e >= 0 ? data.entries[finding.e] : undefined;
  const parts = [
    course.name,
    course.id,
    course.teacher,
    assignment.name,
    assignment.id,
    assignment.sis,
    entry?.id,
    entry?.title,
    entry?.sis,
    finding.t,
  ];
  for (const [name, id] of finding.u) parts.push(textOf(data, name), textOf(data, id));
  for (const [, , message, student] of finding.m) parts.push(textOf(data, message), textOf(data, student));
  for (const [, values] of finding.k ?? []) parts.push(...values);
  return parts
    .filter((part) => part)
    .join("\n")
    .toLowerCase();
}
