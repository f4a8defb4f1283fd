import type { Actor, EntryInfo } from "@sis/core";

/** Who runs the SIS integration: Instructure (Canvas-managed), the school or its SIS vendor, or not known. */
export const INTEGRATIONS = ["canvas-managed", "school-managed", "unknown"] as const;
export type Integration = (typeof INTEGRATIONS)[number];

/** Who an escalation goes to: an actor of the catalog, or for an error no entry explains, the integration's owner. */
export type Target = Actor | "integration";

/** The person or team a note addresses for each target, which depends on who runs the integration. */
const ADDRESSEES = {
  "canvas-managed": {
    teacher: "the teacher",
    canvasAdmin: "the school's Canvas admin",
    sisAdmin: "the school's SIS admin",
    vendor: "the SIS vendor's support, with Canvas support copied (Instructure manages this integration)",
    integration: "Canvas support (Instructure manages this integration)",
  },
  "school-managed": {
    teacher: "the teacher",
    canvasAdmin: "the school's Canvas admin",
    sisAdmin: "the school's SIS admin",
    vendor: "the SIS vendor's support",
    integration: "whoever runs the integration for the school (the SIS admin, or the SIS vendor's support)",
  },
  unknown: {
    teacher: "the teacher",
    canvasAdmin: "the school's Canvas admin",
    sisAdmin: "the school's SIS admin",
    vendor: "the SIS vendor's support (copy Canvas support if Instructure manages the integration)",
    integration: "Canvas support if Instructure manages the integration, else whoever runs it for the school",
  },
} as const satisfies Record<Integration, Record<Target, string>>;

/**
 * Who starts on an error no entry explains: where Instructure runs the integration a Canvas admin opens the case
 * with Canvas support; where the school runs it, its SIS admin looks first; unknown, the Canvas admin can find out.
 */
const FIRST_FOR_UNEXPLAINED = {
  "canvas-managed": "canvasAdmin",
  "school-managed": "sisAdmin",
  unknown: "canvasAdmin",
} as const satisfies Record<Integration, Actor>;

/**
 * Who acts first on an error that only an entry of an SIS the log does not name explains: the run has not said what
 * the error is, so nobody the note could address should be asked yet; running it again with `--sis` tells.
 */
export const RERUN_FIRST = "Whoever ran this report";

/** What the note says about the integration, and for an unknown one, how to find out. */
export const INTEGRATION_LINES = {
  "canvas-managed":
    "Canvas-managed: Instructure runs it, so errors no Canvas or SIS setting explains go to Canvas support.",
  "school-managed":
    "school-managed: the school or its SIS vendor runs it, so errors no Canvas or SIS setting explains go to them, not to Canvas support.",
  unknown:
    'not known. To find out, a Canvas admin opens Admin and the account: an "SIS Integrations" link in the ' +
    "account's navigation means Instructure manages the integration (Canvas-managed, so send what no setting " +
    "explains to Canvas support); without it the school or its SIS vendor runs it (school-managed).",
} as const satisfies Record<Integration, string>;

/** Whom a note about an error goes to: its entry's escalation, else who acts first; the integration's runner else. */
export function targetOf(entry: EntryInfo | null): Target {
  const escalateTo = entry?.escalation.needed ? entry.escalation.to : null;
  return escalateTo ?? entry?.actsFirst ?? "integration";
}

export function addressee(target: Target, integration: Integration): string {
  return ADDRESSEES[integration][target];
}

/** Who acts first on a finding: the catalog's actor, or for an unexplained error, by who runs the integration. */
export function firstActor(entry: EntryInfo | null, integration: Integration): Actor {
  return entry?.actsFirst ?? FIRST_FOR_UNEXPLAINED[integration];
}
