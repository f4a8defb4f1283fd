import type { Severity } from "../catalog/entry-schema.js";
import type { Group, Report } from "./report-schema.js";

export type FailOn = Severity | "never";

export const EXIT_CODES = { clean: 0, findings: 1, failure: 2 } as const;
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

const RANK = { warning: 1, error: 2, never: Number.POSITIVE_INFINITY } as const satisfies Record<FailOn, number>;

/**
 * The one place that decides the exit code. 2 when the run failed (bad usage, input or catalog); otherwise 1 when
 * an unresolved finding is at or above the `failOn` severity, else 0. Resolved findings no longer fail a run.
 */
export function exitCodeFor(outcome: { report: Report } | { failure: unknown }, failOn: FailOn): ExitCode {
  if ("failure" in outcome) return EXIT_CODES.failure;
  return outcome.report.groups.some((group) => groupFails(group, failOn)) ? EXIT_CODES.findings : EXIT_CODES.clean;
}

/** Does this group alone make the run exit 1 (for callers that see the groups one at a time)? */
export function groupFails(group: Group, failOn: FailOn): boolean {
  const threshold = RANK[failOn];
  return group.findings.some((finding) => !finding.resolved && RANK[finding.severity] >= threshold);
}
