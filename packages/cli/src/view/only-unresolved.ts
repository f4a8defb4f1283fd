import type { Report } from "@sis/core";

/** The report without findings a later success cleared, and without groups left empty; counts of records stay. */
export function onlyUnresolved(report: Report): Report {
  const groups = report.groups
    .map((group) => ({ ...group, findings: group.findings.filter((finding) => !finding.resolved) }))
    .filter((group) => group.findings.length > 0);
  return { ...report, groups, summary: { ...report.summary, groups: groups.length } };
}
