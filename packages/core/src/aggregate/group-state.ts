import type { CatalogEntry, Severity } from "../catalog/entry-schema.js";
import type { UndecidedReason } from "./aggregated.js";
import type { CaptureValues } from "./capture-values.js";
import type { DailyCounts } from "./daily-counts.js";
import type { Example } from "./examples.js";
import type { MomentList } from "./latest-moments.js";

/** The state of one finding while records are added. Private to the aggregation; readers get AggregatedFinding. */
export interface FindingState {
  entry: CatalogEntry | null;
  /** Masked message of unexplained errors. */
  template: string | null;
  severity: Severity;
  httpStatus: number | null;
  /**
   * Created for the rare finding whose message other entries also match: for an entry's finding, entries of other
   * SISes; for an unexplained one, the candidates that could not claim it.
   */
  alternatives: Set<string> | null;
  count: number;
  /**
   * Last error per affected student (StudentTable index; NO_STUDENT for assignment-level records). Its first and
   * last noted moments are when the finding was first and last seen.
   */
  users: MomentList;
  /**
   * The students the report will list (the first few in its order of users) and their names, as pairs `[student,
   * name, …]`, when the analysis keeps names only for those; null when it lists every user or none is known yet.
   */
  listed: (number | string | null)[] | null;
  /** Its records per UTC day; null until one with a timestamp arrives. */
  days: DailyCounts | null;
  examples: readonly Example[];
  /** Captures of the earliest kept example's message (null: none). */
  captures: Readonly<Record<string, string>> | null;
  /** Every capture's distinct values across the finding's messages (the first few); null until one has any. */
  captureValues: Record<string, CaptureValues> | null;
}

export interface GroupState {
  /** What the group is found by: its course's id (or name) as an `idKey`. */
  courseKey: string | number;
  courseId: string | null;
  courseName: string | null;
  assignmentId: string | null;
  assignmentName: string | null;
  sis: string | null;
  teacher: string | null;
  /**
   * Why later successes cannot be matched to this group's errors (the log names no course, no assignment or
   * neither), or null when they can.
   */
  undecided: UndecidedReason | null;
  /**
   * Its findings, one per catalog entry or masked text of an unexplained error: usually one to four, so a list
   * searched in order; a Map index is added only for an assignment with many different errors.
   */
  findings: FindingState[];
  findingIndex: Map<CatalogEntry | string, FindingState> | null;
  /**
   * Latest success per student (StudentTable index; NO_STUDENT for assignment-level successes). Its last noted
   * moment is the assignment's latest success of any kind.
   */
  successes: MomentList;
}

/** Findings searched in order up to this many; beyond, through a Map. */
const LISTED_FINDINGS = 8;

/** What a finding is found by: its catalog entry, or the masked text of an unexplained error. */
export function keyOf(finding: FindingState): CatalogEntry | string {
  return finding.entry ?? (finding.template as string);
}

export function findingOf(group: GroupState, key: CatalogEntry | string): FindingState | undefined {
  if (group.findingIndex !== null) return group.findingIndex.get(key);
  for (const finding of group.findings) if (keyOf(finding) === key) return finding;
  return undefined;
}

export function addFinding(group: GroupState, finding: FindingState): void {
  // An exact-size list: most assignments end with one or two findings.
  group.findings = group.findings.concat(finding);
  if (group.findingIndex !== null) group.findingIndex.set(keyOf(finding), finding);
  else if (group.findings.length > LISTED_FINDINGS) {
    group.findingIndex = new Map(group.findings.map((f) => [keyOf(f), f]));
  }
}
