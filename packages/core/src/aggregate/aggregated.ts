import type { CatalogEntry, Severity } from "../catalog/entry-schema.js";
import type { CaptureValues } from "./capture-values.js";
import type { Example } from "./examples.js";

/**
 * What the aggregation hands out: plain data, built when it is read. Nothing here points back into its state, so
 * the report (or any other reader) can keep, sort and change these objects freely.
 */

export interface Counts {
  records: number;
  errors: number;
  warnings: number;
  successes: number;
  info: number;
  matched: number;
  unknown: number;
}

/** A student an error touched, and whether a later success for them (or their assignment) cleared it. */
export interface AggregatedUser {
  id: string | null;
  name: string | null;
  /** ISO time of their last error, or null when the log has no timestamps. */
  lastError: string | null;
  resolved: boolean;
}

/**
 * Why errors cannot be resolved by later successes: a success clears an error only for the same course and
 * assignment, so errors of records that name no course, no assignment or neither stay unresolved, and say why.
 */
export const UNDECIDED_REASONS = ["no-course", "no-assignment", "no-course-or-assignment"] as const;
export type UndecidedReason = (typeof UNDECIDED_REASONS)[number];

/** One catalog entry (or one unexplained message template) within one assignment. */
export interface AggregatedFinding {
  entry: CatalogEntry | null;
  /** The masked message of an unexplained error; null for a catalog entry. */
  template: string | null;
  severity: Severity;
  httpStatus: number | null;
  /** Ids of other entries (other SISes) that match the same messages, sorted. */
  alternatives: string[];
  /** For an unexplained finding: entries that match but could not claim it, since no SIS was named; sorted. */
  candidates: string[];
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /**
   * Its records per UTC day (YYYY-MM-DD), in day order, when asked for; records without a timestamp are not counted
   * here. Null when not asked for or when none had a timestamp.
   */
  daily: Record<string, number> | null;
  /**
   * The first affected users by (id, name), as many as asked for; an assignment-level error counts as one user
   * with neither id nor name.
   */
  users: AggregatedUser[];
  /** All affected users (listed or not), and the distinct students among them (users with an id or a name). */
  usersTotal: number;
  students: number;
  /** Every affected user had a later success (and none is undecided). */
  resolved: boolean;
  /** Why no success could resolve it, or null when the log names its course and assignment. */
  undecided: UndecidedReason | null;
  examples: Example[];
  /** Captures of the earliest example's message; null when it had none. */
  captures: Readonly<Record<string, string>> | null;
  /** Each capture's distinct values across the finding's messages; null until one has any. */
  captureValues: Record<string, CaptureValues> | null;
}

export interface Named {
  id: string | null;
  name: string | null;
}

/** The course and assignment a group is about: what it is ordered and keyed by. */
export interface GroupKey {
  course: Named;
  assignment: Named;
}

export interface AggregatedGroup extends GroupKey {
  sis: string | null;
  teacher: string | null;
  findings: AggregatedFinding[];
}

/** The latest successes of one assignment, which let merged shards decide resolution as one analysis would. */
export interface GroupSuccesses extends GroupKey {
  sis: string | null;
  teacher: string | null;
  /** ISO time of the latest success of any kind, or null. */
  anySuccess: string | null;
  /** ISO time of the latest success per student (keyed by id, else name). */
  students: Record<string, string>;
}

/** The masked messages of errors no catalog entry explains, each with its count and first examples. */
/** What the aggregation holds, for the report's accounting of every record. */
export interface Tally {
  /** Sum of the counts of all findings: every error and warning record is in exactly one. */
  inFindings: number;
  /** Sum of the counts of unexplained templates: every unexplained record is in exactly one. */
  inTemplates: number;
}

export interface UnexplainedTemplate {
  template: string;
  count: number;
  examples: readonly Example[];
  /** Entries that match these messages but could not claim them (no SIS named), sorted. */
  candidates: string[];
}
