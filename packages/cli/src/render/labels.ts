import type { Actor, Finding } from "@sis/core";
import type { Wording } from "../view/fixes.js";

/** Who a fix is for, as support staff say it. */
export const ACTOR_LABELS = {
  teacher: "Teacher",
  canvasAdmin: "Canvas admin",
  sisAdmin: "SIS admin",
  vendor: "SIS vendor support",
} as const satisfies Record<Actor, string>;

/** How sure the catalog is of an error's wording, said the same way in every format. */
export const WORDING_LABELS = {
  verified: "verified (the message text was seen in a source)",
  inferred: "inferred (written from the error's title or documentation; not yet seen in a log)",
} as const satisfies Record<Wording, string>;

type Named = { id: string | null; name: string | null };

export function courseLabel(course: Named): string {
  return namedLabel(course, "course", "(course not named in the log)");
}

export function assignmentLabel(assignment: Named): string {
  return namedLabel(assignment, "assignment", "(assignment not named in the log)");
}

export function studentLabel(user: Named): string {
  return namedLabel(user, "id", "(assignment-level: no student)");
}

function namedLabel({ id, name }: Named, idWord: string, neither: string): string {
  if (name && id) return `${name} (${idWord} ${id})`;
  return name ?? (id ? `${idWord} ${id}` : neither);
}

/** The entry's title, or the masked message when no entry explains it. */
export function findingLabel(finding: Pick<Finding, "entry" | "template">): string {
  return finding.entry ? finding.entry.title : `Unknown error: ${finding.template ?? "(no message)"}`;
}

/** Minutes are precise enough to find the sync in Canvas; core's timestamps are UTC. */
export function dateLabel(iso: string | null): string {
  return iso ? `${iso.slice(0, 16).replace("T", " ")} UTC` : "—";
}

export function yesNo(value: boolean): string {
  return value ? "yes" : "no";
}

/** A finding or unknown template: the entries that match it exactly but may not claim it, and their SISes. */
type Candidates = { candidates?: readonly string[] | undefined; candidateSis?: readonly string[] | undefined };

/**
 * For an error that entries of an SIS the log does not name match exactly: which entries, and what to pass so one
 * explains it. Null when nothing but the nearest entry (a likeness, not a match) can be said.
 */
export function candidateHint(item: Candidates): string | null {
  const option = sisOption(item);
  if (option === null) return null;
  const sis = item.candidateSis ?? [];
  const pass = sis.length === 1 ? option : `the log's SIS: ${option}`;
  return `Matches ${(item.candidates ?? []).join(", ")} exactly, which explains it only for ${sis.join(" or ")}; the log names no SIS, so run again with ${pass}.`;
}

/** What to run again with so an entry explains the error (`--sis aeries`), or null when no entry matches exactly. */
export function sisOption(item: Candidates): string | null {
  const sis = item.candidateSis ?? [];
  if ((item.candidates ?? []).length === 0 || sis.length === 0) return null;
  return sisOptions(sis);
}

/** The `--sis` options of some SISes, one to choose: `--sis aeries or --sis aspen`. */
export function sisOptions(slugs: Iterable<string>): string {
  return [...slugs].map((slug) => `--sis ${slug}`).join(" or ");
}

/** The distinct `candidateHint`s of findings or unknown templates, each once, in order. */
export function candidateHints(items: readonly Candidates[]): string[] {
  return [...new Set(items.flatMap((item) => candidateHint(item) ?? []))];
}

/** The short form of `candidateHint`, for a table cell: the entries and the option. */
export function candidateCell(item: Candidates): string | null {
  const option = sisOption(item);
  return option === null ? null : `${(item.candidates ?? []).join(", ")} (matches; pass ${option})`;
}
