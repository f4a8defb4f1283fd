import type { ProvisioningSection, StreamedReport } from "@sis/core";
import { formatCount, plural } from "@sis/core";

/** One line a person can read at a glance: how much was read, how much is explained, how much is still failing. */
export function summaryLine(report: Pick<StreamedReport, "summary" | "catalog" | "provisioning">): string {
  return summaryParts(report).join(SEPARATOR);
}

export const SEPARATOR = " · ";

/** The summary's parts, for a caller that wraps the line between them. */
export function summaryParts(report: Pick<StreamedReport, "summary" | "catalog" | "provisioning">): string[] {
  const { summary, provisioning } = report;
  const imports = provisioning ? [provisioningPart(provisioning)] : [];
  const coverage = summary.coverage === null ? "" : ` (${Math.round(summary.coverage * 100)}% explained)`;
  return [
    `${plural(summary.records, "record")}: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.successes, "success", "successes")}`,
    `${formatCount(summary.matched)} matched, ${formatCount(summary.unknown)} unknown${coverage}`,
    `${plural(summary.unresolvedFindings, "unresolved finding")} across ${plural(summary.unresolvedGroups, "assignment")}`,
    ...imports,
    `catalog ${report.catalog.version}`,
  ];
}

/** The SIS imports of the run at a glance: failures and warnings Canvas wrote, and what the files predict. */
function provisioningPart(section: ProvisioningSection): string {
  const { summary } = section;
  const predicted = summary.predicted > 0 ? `, ${formatCount(summary.predicted)} predicted from the files` : "";
  return `SIS imports: ${plural(summary.failures, "failure")}, ${plural(summary.warnings, "warning")}${predicted}`;
}
