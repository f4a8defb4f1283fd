import { type Actor, entryOf, type Finding, type Group, type Report } from "@sis/core";
import { RERUN_FIRST } from "../escalation-route.js";
import { ACTOR_LABELS, sisOption } from "../labels.js";
import { courseKey } from "./course-key.js";

/** Counts of one slice of the report (a SIS, an entry, an actor, a course, an assignment). */
export interface Tally {
  errors: number;
  findings: number;
  unresolvedFindings: number;
  /** Errors of findings no later success cleared: what is still failing. */
  unresolvedErrors: number;
}

export interface EntryTally extends Tally {
  key: string;
  title: string;
  sis: string | null;
}

export interface PlaceTally extends Tally {
  course: Group["course"];
  assignment: Group["assignment"] | null;
  sis: string | null;
  lastSeen: string | null;
}

/** What the overview shows, counted from the report's groups in one pass. */
export interface OverviewData {
  findings: number;
  unresolvedFindings: number;
  firstSeen: string | null;
  lastSeen: string | null;
  bySis: Map<string, Tally>;
  byEntry: Map<string, EntryTally>;
  /** Unresolved findings by who acts first. */
  byActor: Map<FirstActor, Tally>;
  byCourse: Map<string, PlaceTally>;
  byAssignment: PlaceTally[];
}

export const UNKNOWN_ENTRY_KEY = "(unknown)";

/**
 * Who acts first on a finding, as the page counts and filters it: its entry's actor; `rerun` for an error only an
 * entry of an SIS the log does not name explains (whoever ran the report runs it again with --sis, as the
 * escalation note says); `none` for an error nothing explains, which goes to Canvas support.
 */
export type FirstActor = Actor | "rerun" | "none";

export const FIRST_ACTOR_LABELS = {
  ...ACTOR_LABELS,
  rerun: `${RERUN_FIRST} (run it again with --sis)`,
  none: "Canvas support (no catalog entry explains it)",
} satisfies Record<FirstActor, string>;

export function firstActorOf(report: Pick<Report, "entries">, finding: Finding): FirstActor {
  return entryOf(report, finding)?.actsFirst ?? (sisOption(finding) === null ? "none" : "rerun");
}
export const NO_SIS = "(SIS not named)";

export function overviewData(report: Report): OverviewData {
  const data: OverviewData = {
    findings: 0,
    unresolvedFindings: 0,
    firstSeen: null,
    lastSeen: null,
    bySis: new Map(),
    byEntry: new Map(),
    byActor: new Map(),
    byCourse: new Map(),
    byAssignment: [],
  };
  for (const group of report.groups) {
    const course = courseTally(data.byCourse, group);
    const assignment = newPlace(group, group.assignment);
    data.byAssignment.push(assignment);
    for (const finding of group.findings) {
      data.findings++;
      if (!finding.resolved) data.unresolvedFindings++;
      data.firstSeen = earlier(data.firstSeen, finding.firstSeen);
      data.lastSeen = later(data.lastSeen, finding.lastSeen);
      const sis = group.sis ?? finding.entry?.sis ?? NO_SIS;
      count(tallyOf(data.bySis, sis), finding);
      count(entryTally(data.byEntry, finding), finding);
      if (!finding.resolved) count(tallyOf(data.byActor, firstActorOf(report, finding)), finding);
      for (const place of [course, assignment]) {
        count(place, finding);
        place.lastSeen = later(place.lastSeen, finding.lastSeen);
      }
    }
  }
  return data;
}

export function emptyTally(): Tally {
  return { errors: 0, findings: 0, unresolvedFindings: 0, unresolvedErrors: 0 };
}

function count(tally: Tally, finding: Finding): void {
  tally.errors += finding.count;
  tally.findings++;
  if (!finding.resolved) {
    tally.unresolvedFindings++;
    tally.unresolvedErrors += finding.count;
  }
}

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let tally = map.get(key);
  if (!tally) {
    tally = emptyTally();
    map.set(key, tally);
  }
  return tally;
}

function entryTally(map: Map<string, EntryTally>, finding: Finding): EntryTally {
  const key = finding.entry?.id ?? UNKNOWN_ENTRY_KEY;
  let tally = map.get(key);
  if (!tally) {
    const title = finding.entry?.title ?? "Unknown errors (no catalog entry)";
    tally = { key, title, sis: finding.entry?.sis ?? null, ...emptyTally() };
    map.set(key, tally);
  }
  return tally;
}

function newPlace(group: Group, assignment: Group["assignment"] | null): PlaceTally {
  return { course: group.course, assignment, sis: group.sis, lastSeen: null, ...emptyTally() };
}

function courseTally(map: Map<string, PlaceTally>, group: Group): PlaceTally {
  const key = courseKey(group.course);
  let place = map.get(key);
  if (!place) {
    place = newPlace(group, null);
    map.set(key, place);
  }
  return place;
}

function earlier(a: string | null, b: string | null): string | null {
  return a === null || (b !== null && b < a) ? b : a;
}

function later(a: string | null, b: string | null): string | null {
  return a === null || (b !== null && b > a) ? b : a;
}

/** Worst first: most errors still failing, then most unresolved findings, then most errors. */
export function worstFirst(a: Tally, b: Tally): number {
  return b.unresolvedErrors - a.unresolvedErrors || b.unresolvedFindings - a.unresolvedFindings || b.errors - a.errors;
}
