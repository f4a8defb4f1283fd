import type { Report, StreamedReport } from "@sis/core";

/**
 * The report without findings a later success cleared, and without groups left empty; counts of records stay.
 * Only the groups that remain are ever held.
 */
export function onlyUnresolved(report: StreamedReport): Report {
  const groups: Report["groups"] = [];
  for (const group of report.groups) {
    const findings = group.findings.filter((finding) => !finding.resolved);
    if (findings.length > 0) groups.push({ ...group, findings });
  }
  return { ...report, groups, summary: { ...report.summary, groups: groups.length } };
}
