import type { Severity } from "../catalog/entry-schema.js";
import type { ProvisioningSection } from "./provisioning-schema.js";
import type { Group } from "./report-schema.js";

export type FailOn = Severity | "never";

export const EXIT_CODES = { clean: 0, findings: 1, failure: 2 } as const;
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

const RANK = { warning: 1, error: 2, never: Number.POSITIVE_INFINITY } as const satisfies Record<FailOn, number>;

/** The exit code of a run, decided as its groups go past (a streamed report is read once, by whoever renders it). */
export interface ExitCodeTracker {
  see(group: Group): void;
  /** SIS import findings fail a run like passback ones (they are never resolved by a later sync). */
  seeProvisioning(section: ProvisioningSection | undefined): void;
  code(): ExitCode;
}

/**
 * The one rule for exit codes: 2 when the run failed (bad usage, input or catalog); otherwise 1 when an unresolved
 * finding is at or above the `failOn` severity, else 0. Resolved findings no longer fail a run; a finding whose
 * resolution could not be decided is not resolved.
 */
export function exitCodeTracker(failOn: FailOn): ExitCodeTracker {
  const threshold = RANK[failOn];
  let failing = false;
  return {
    see(group) {
      failing ||= group.findings.some((finding) => !finding.resolved && RANK[finding.severity] >= threshold);
    },
    seeProvisioning(section) {
      for (const item of section?.imports ?? []) {
        for (const file of item.files) failing ||= file.findings.some((finding) => RANK[finding.severity] >= threshold);
      }
    },
    code: () => (failing ? EXIT_CODES.findings : EXIT_CODES.clean),
  };
}

/** The exit code of a finished run: its report's groups, or the failure that ended it. */
export function exitCodeFor(
  outcome: { groups: Iterable<Group>; provisioning?: ProvisioningSection } | { failure: unknown },
  failOn: FailOn = "error",
): ExitCode {
  if ("failure" in outcome) return EXIT_CODES.failure;
  const tracker = exitCodeTracker(failOn);
  for (const group of outcome.groups) tracker.see(group);
  tracker.seeProvisioning(outcome.provisioning);
  return tracker.code();
}
