import { type EntryInfo, entryOf, type Finding, type Fix, fixOf, type Group, type Report } from "@sis/core";
import { studentLabel } from "./labels.js";

/** One error of a course as a note presents it: the same entry (and fix text) across the course's assignments. */
export interface Issue {
  /** The first of its findings: entry, meaning, fix, who acts and escalation are the same for all of them. */
  finding: Finding;
  /** What its catalog entry says (meaning, who acts, escalation), or null for an error no entry explains. */
  entry: EntryInfo | null;
  fix: Fix | null;
  places: { group: Group; finding: Finding }[];
}

export interface CourseIssues {
  issues: Issue[];
  /** Findings a later successful sync cleared: nothing to ask anyone, so a note only counts them. */
  resolved: number;
}

/** The unresolved findings of one course's groups, one issue per error in order of first appearance. */
export function issuesOf(report: Pick<Report, "entries">, groups: readonly Group[]): CourseIssues {
  const issues = new Map<string, Issue>();
  let resolved = 0;
  for (const group of groups) {
    for (const finding of group.findings) {
      if (finding.resolved) {
        resolved++;
        continue;
      }
      const fix = fixOf(report, finding);
      const key = finding.entry
        ? `entry:${finding.entry.id}\u0000${JSON.stringify(fix)}`
        : `template:${finding.template}`;
      const issue = issues.get(key) ?? { finding, entry: entryOf(report, finding), fix, places: [] };
      issue.places.push({ group, finding });
      issues.set(key, issue);
    }
  }
  return { issues: [...issues.values()], resolved };
}

/** Students a course's unresolved errors name, each once, with the assignments that failed for them. */
export function affectedStudents(issues: readonly Issue[]): { student: string; assignments: string[] }[] {
  const students = new Map<string, { student: string; assignments: string[] }>();
  for (const { places } of issues) {
    for (const { group, finding } of places) {
      for (const user of finding.users) {
        if (user.resolved || (user.id === null && user.name === null)) continue;
        const key = user.id ?? user.name ?? "";
        const entry = students.get(key) ?? { student: studentLabel(user), assignments: [] };
        // A bare id after "id 55124:" would read as another id of the student.
        const { name, id } = group.assignment;
        const assignment = name ?? (id === null ? "" : `assignment ${id}`);
        if (!entry.assignments.includes(assignment)) entry.assignments.push(assignment);
        students.set(key, entry);
      }
    }
  }
  return [...students.values()];
}
