import type { CatalogEntry, Severity } from "../catalog/entry-schema.js";
import type { MatchResult } from "../match/match-message.js";
import type { LogRecord } from "../records/log-record.js";
import type { Example } from "../report/report-schema.js";
import { addCaptureValue, type CaptureValues } from "./capture-values.js";
import { keepExample, type Moment, maxIso, minIso, momentOf } from "./occurrence.js";

export const EXAMPLE_LIMIT = 3;
/** Distinct unexplained templates kept before the rest are counted under one overflow template. */
export const VARIANT_LIMIT = 5000;
export const OVERFLOW_TEMPLATE = "<other unexplained messages>";

export interface UserState {
  id: string | null;
  name: string | null;
  lastError: Moment;
}

export interface FindingState {
  entry: CatalogEntry | null;
  /** Masked message for unexplained errors (consolidated into templates when the report is built). */
  variant: string | null;
  severity: Severity;
  httpStatus: number | null;
  alternatives: Set<string>;
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** Affected students by key; records without a student count under the assignment itself (key ""). */
  users: Map<string, UserState>;
  examples: Example[];
  /** Captures of the earliest kept example's message. */
  captures: Record<string, string>;
  /** Every capture's distinct values across the finding's messages (the first few). */
  captureValues: Record<string, CaptureValues>;
}

export interface GroupState {
  courseId: string | null;
  courseName: string | null;
  assignmentId: string | null;
  assignmentName: string | null;
  sis: string | null;
  teacher: string | null;
  findings: Map<string, FindingState>;
  /** Latest success per student, and for the assignment as a whole (any success at all). */
  successByStudent: Map<string, Moment>;
  anySuccess: Moment;
}

export interface VariantState {
  count: number;
  examples: Example[];
}

export interface Counts {
  records: number;
  errors: number;
  warnings: number;
  successes: number;
  info: number;
  matched: number;
  unknown: number;
}

/** Everything the report is built from. Its size grows with groups, findings and students, never with lines. */
export interface Accumulator {
  counts: Counts;
  /** Groups by course key, then assignment key: two lookups are cheaper than building a joined key per record. */
  groups: Map<string, Map<string, GroupState>>;
  variants: Map<string, VariantState>;
  seq: number;
}

export function createAccumulator(): Accumulator {
  return {
    counts: { records: 0, errors: 0, warnings: 0, successes: 0, info: 0, matched: 0, unknown: 0 },
    groups: new Map(),
    variants: new Map(),
    seq: 0,
  };
}

export function studentKey(record: LogRecord): string {
  return record.studentId ?? record.studentName ?? "";
}

/** Fold one record in. `match` is the catalog entry for error/warning records, `variant` their masked text if none. */
export function accumulate(
  acc: Accumulator,
  record: LogRecord,
  match: MatchResult | null,
  variant: string | null,
): void {
  acc.counts.records++;
  const moment = momentOf(record.timestamp, acc.seq++);
  switch (record.status) {
    case "success":
      acc.counts.successes++;
      noteSuccess(groupFor(acc, record), record, moment);
      return;
    case "info":
      acc.counts.info++;
      return;
    case "error":
    case "warning":
      acc.counts[record.status === "error" ? "errors" : "warnings"]++;
      acc.counts[match ? "matched" : "unknown"]++;
      noteProblem(acc, record, match, variant, moment);
      return;
  }
}

function noteSuccess(group: GroupState, record: LogRecord, moment: Moment): void {
  if (moment > group.anySuccess) group.anySuccess = moment;
  const student = studentKey(record);
  if (student === "") return;
  const known = group.successByStudent.get(student);
  if (known === undefined || moment > known) group.successByStudent.set(student, moment);
}

function noteProblem(
  acc: Accumulator,
  record: LogRecord,
  match: MatchResult | null,
  variant: string | null,
  moment: Moment,
): void {
  const unexplained = match ? null : keepVariant(acc, variant ?? record.message ?? "", record);
  const key = match ? `entry:${match.entry.id}` : `text:${unexplained}`;
  const group = groupFor(acc, record);
  let finding = group.findings.get(key);
  if (!finding) {
    finding = {
      entry: match?.entry ?? null,
      variant: unexplained,
      severity: match?.entry.severity ?? (record.status === "warning" ? "warning" : "error"),
      httpStatus: record.httpStatus ?? null,
      alternatives: new Set(),
      count: 0,
      firstSeen: null,
      lastSeen: null,
      users: new Map(),
      examples: [],
      captures: {},
      captureValues: {},
    };
    group.findings.set(key, finding);
  }
  finding.count++;
  finding.httpStatus ??= record.httpStatus ?? null;
  for (const id of match?.alternatives ?? []) finding.alternatives.add(id);
  for (const [name, value] of Object.entries(match?.captures ?? {})) {
    addCaptureValue((finding.captureValues[name] ??= { values: [], more: false }), value);
  }
  const iso = record.timestamp ?? null;
  finding.firstSeen = minIso(finding.firstSeen, iso);
  finding.lastSeen = maxIso(finding.lastSeen, iso);
  const user = studentKey(record);
  const known = finding.users.get(user);
  if (known) {
    known.id ??= record.studentId ?? null;
    known.name ??= record.studentName ?? null;
    if (moment > known.lastError) known.lastError = moment;
  } else {
    finding.users.set(user, { id: record.studentId ?? null, name: record.studentName ?? null, lastError: moment });
  }
  if (!wouldKeep(finding.examples, record)) return;
  const example = exampleOf(record);
  if (keepExample(finding.examples, example, EXAMPLE_LIMIT) && finding.examples[0] === example) {
    finding.captures = match?.captures ?? {};
  }
}

/** Cheap pre-check so the hot path does not build an example object that would be thrown away. */
function wouldKeep(examples: readonly Example[], record: LogRecord): boolean {
  const last = examples[examples.length - 1];
  if (examples.length < EXAMPLE_LIMIT || last === undefined) return true;
  const source = record.source ?? "";
  const lastSource = last.source ?? "";
  return source === lastSource ? record.line < last.line : source < lastSource;
}

function exampleOf(record: LogRecord): Example {
  return { line: record.line, message: record.message ?? "", ...optional(record) };
}

function keepVariant(acc: Accumulator, variant: string, record: LogRecord): string {
  let state = acc.variants.get(variant);
  if (!state) {
    if (acc.variants.size >= VARIANT_LIMIT) return keepVariant(acc, OVERFLOW_TEMPLATE, record);
    state = { count: 0, examples: [] };
    acc.variants.set(variant, state);
  }
  state.count++;
  if (wouldKeep(state.examples, record)) keepExample(state.examples, exampleOf(record), EXAMPLE_LIMIT);
  return variant;
}

function optional(record: LogRecord): Pick<Example, "source" | "student"> {
  const extra: Pick<Example, "source" | "student"> = {};
  if (record.source !== undefined) extra.source = record.source;
  const student = record.studentName ?? record.studentId;
  if (student !== undefined) extra.student = student;
  return extra;
}

export function* allGroups(acc: Accumulator): Generator<GroupState> {
  for (const byAssignment of acc.groups.values()) yield* byAssignment.values();
}

function groupFor(acc: Accumulator, record: LogRecord): GroupState {
  const course = record.courseId ?? record.courseName ?? "";
  const assignment = record.assignmentId ?? record.assignmentName ?? "";
  let byAssignment = acc.groups.get(course);
  if (byAssignment === undefined) {
    byAssignment = new Map();
    acc.groups.set(course, byAssignment);
  }
  let group = byAssignment.get(assignment);
  if (group === undefined) {
    group = {
      courseId: record.courseId ?? null,
      courseName: record.courseName ?? null,
      assignmentId: record.assignmentId ?? null,
      assignmentName: record.assignmentName ?? null,
      sis: record.sis ?? null,
      teacher: record.teacher ?? null,
      findings: new Map(),
      successByStudent: new Map(),
      anySuccess: Number.NEGATIVE_INFINITY,
    };
    byAssignment.set(assignment, group);
  } else if (
    group.courseName === null ||
    group.assignmentName === null ||
    group.sis === null ||
    group.teacher === null
  ) {
    group.courseName ??= record.courseName ?? null;
    group.assignmentName ??= record.assignmentName ?? null;
    group.sis ??= record.sis ?? null;
    group.teacher ??= record.teacher ?? null;
  }
  return group;
}
