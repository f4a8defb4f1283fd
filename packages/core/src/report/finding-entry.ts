import type { EntryInfo, Finding, Fix, Report } from "./report-schema.js";

/** What the catalog entry of a finding says (meaning, who acts, escalation), or null when no entry explains it. */
export function entryOf(report: Pick<Report, "entries">, finding: Pick<Finding, "entry">): EntryInfo | null {
  return finding.entry ? (report.entries[finding.entry.id] ?? null) : null;
}

/**
 * A finding's fix: its own when its captured values (or its provisioning causes) change the text, else its entry's
 * as it stands; null when neither has one (an unexplained error).
 */
export function fixOf(report: Pick<Report, "entries">, finding: Pick<Finding, "entry" | "fix">): Fix | null {
  return finding.fix ?? entryOf(report, finding)?.fix ?? null;
}
