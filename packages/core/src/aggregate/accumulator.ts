import type { CatalogEntry, Severity } from "../catalog/entry-schema.js";
import type { MatchResult } from "../match/match-message.js";
import type { LogRecord } from "../records/log-record.js";
import type { Example } from "../report/report-schema.js";
import { detach } from "../util/detach.js";
import { idKey } from "../util/id-key.js";
import { addCaptureValue, type CaptureValues } from "./capture-values.js";
import { addDay, type DailyCounts } from "./daily-counts.js";
import { EXAMPLE_LIMIT, exampleOf, withExample, wouldKeep } from "./examples.js";
import { LatestMoments, type MomentList } from "./latest-moments.js";
import { dayOfMoment, type Moment, momentOf } from "./moment.js";
import { StudentTable } from "./student-table.js";

/** Distinct unexplained templates kept before the rest are counted under one overflow template. */
export const VARIANT_LIMIT = 5000;
export const OVERFLOW_TEMPLATE = "<other unexplained messages>";

export interface FindingState {
  entry: CatalogEntry | null;
  /** Masked message for unexplained errors (consolidated into templates when the report is built). */
  variant: string | null;
  severity: Severity;
  httpStatus: number | null;
  /** Created for the rare finding whose message other entries also match. */
  alternatives: Set<string> | null;
  count: number;
  /**
   * Last error per affected student (StudentTable index; NO_STUDENT for assignment-level records). Its first and
   * last noted moments are when the finding was first and last seen.
   */
  users: MomentList;
  /** Its records per UTC day; null until one with a timestamp arrives. */
  days: DailyCounts | null;
  examples: readonly Example[];
  /** Captures of the earliest kept example's message (null: none). */
  captures: Readonly<Record<string, string>> | null;
  /** Every capture's distinct values across the finding's messages (the first few); null until one has any. */
  captureValues: Record<string, CaptureValues> | null;
}

export interface GroupState {
  courseId: string | null;
  courseName: string | null;
  assignmentId: string | null;
  assignmentName: string | null;
  sis: string | null;
  teacher: string | null;
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

export interface VariantState {
  count: number;
  examples: readonly Example[];
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
  /**
   * Groups by course key, then assignment key (`idKey`: numeric ids as numbers): two lookups are cheaper than
   * building a joined key per record.
   */
  groups: Map<string | number, Map<string | number, GroupState>>;
  variants: Map<string, VariantState>;
  students: StudentTable;
  /** The moment lists that findings (`users`) and groups (`successes`) name by number. */
  latest: LatestMoments;
  /** Texts the groups and examples keep (names, ids, messages), each once, detached from the input. */
  texts: Map<string, string>;
  seq: number;
}

export function createAccumulator(): Accumulator {
  return {
    counts: { records: 0, errors: 0, warnings: 0, successes: 0, info: 0, matched: 0, unknown: 0 },
    groups: new Map(),
    variants: new Map(),
    students: new StudentTable(),
    latest: new LatestMoments(),
    texts: new Map(),
    seq: 0,
  };
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
      acc.latest.note(groupFor(acc, record).successes, acc.students.indexOf(record), moment);
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

function noteProblem(
  acc: Accumulator,
  record: LogRecord,
  match: MatchResult | null,
  variant: string | null,
  moment: Moment,
): void {
  const unexplained = match ? null : keepVariant(acc, variant ?? record.message ?? "", record);
  const key = match ? match.entry : (unexplained as string);
  const group = groupFor(acc, record);
  let finding = findingOf(group, key);
  if (!finding) {
    finding = {
      entry: match?.entry ?? null,
      variant: unexplained,
      severity: match?.entry.severity ?? (record.status === "warning" ? "warning" : "error"),
      httpStatus: record.httpStatus ?? null,
      alternatives: null,
      count: 0,
      users: acc.latest.newList(),
      days: null,
      examples: [],
      captures: null,
      captureValues: null,
    };
    addFinding(group, finding);
  }
  finding.count++;
  finding.httpStatus ??= record.httpStatus ?? null;
  const day = dayOfMoment(moment);
  if (day !== null) {
    finding.days ??= [];
    addDay(finding.days, day);
  }
  if (match !== null) {
    if (match.alternatives.length > 0) {
      finding.alternatives ??= new Set();
      for (const id of match.alternatives) finding.alternatives.add(id);
    }
    for (const name in match.captures) {
      finding.captureValues ??= {};
      finding.captureValues[name] ??= { values: [], more: false };
      // Captures are cut from the detached copy the memo matcher matched, so they pin no input chunk: no copy here.
      addCaptureValue(finding.captureValues[name], match.captures[name] as string);
    }
  }
  const student = acc.students.indexOf(record);
  acc.latest.note(finding.users, student, moment);
  if (!wouldKeep(finding.examples, record)) return;
  const example = keptExampleOf(acc, record);
  finding.examples = withExample(finding.examples, example, EXAMPLE_LIMIT);
  if (finding.examples[0] === example) finding.captures = match?.captures ?? null;
}

function keptExampleOf(acc: Accumulator, record: LogRecord): Example {
  const student = record.studentName ?? record.studentId;
  return exampleOf(record, keptText(acc, record.message ?? ""), student === undefined ? null : keptText(acc, student));
}

function keptField(acc: Accumulator, text: string | undefined): string | null {
  return text === undefined ? null : keptText(acc, text);
}

/** One detached copy of each text the analysis keeps: a course's name, its teacher, a message in many examples. */
function keptText(acc: Accumulator, text: string): string {
  let kept = acc.texts.get(text);
  if (kept === undefined) {
    kept = detach(text);
    acc.texts.set(kept, kept);
  }
  return kept;
}

/** Findings searched in order up to this many; beyond, through a Map. */
const LISTED_FINDINGS = 8;

/** What a finding is found by: its catalog entry, or the masked text of an unexplained error. */
function keyOf(finding: FindingState): CatalogEntry | string {
  return finding.entry ?? (finding.variant as string);
}

function findingOf(group: GroupState, key: CatalogEntry | string): FindingState | undefined {
  if (group.findingIndex !== null) return group.findingIndex.get(key);
  for (const finding of group.findings) if (keyOf(finding) === key) return finding;
  return undefined;
}

function addFinding(group: GroupState, finding: FindingState): void {
  // An exact-size list: most assignments end with one or two findings.
  group.findings = group.findings.concat(finding);
  if (group.findingIndex !== null) group.findingIndex.set(keyOf(finding), finding);
  else if (group.findings.length > LISTED_FINDINGS) {
    group.findingIndex = new Map(group.findings.map((f) => [keyOf(f), f]));
  }
}

function keepVariant(acc: Accumulator, variant: string, record: LogRecord): string {
  let state = acc.variants.get(variant);
  if (!state) {
    if (acc.variants.size >= VARIANT_LIMIT) return keepVariant(acc, OVERFLOW_TEMPLATE, record);
    state = { count: 0, examples: [] };
    acc.variants.set(detach(variant), state);
  }
  state.count++;
  if (wouldKeep(state.examples, record)) {
    state.examples = withExample(state.examples, keptExampleOf(acc, record), EXAMPLE_LIMIT);
  }
  return variant;
}

export function* allGroups(acc: Accumulator): Generator<GroupState> {
  for (const byAssignment of acc.groups.values()) yield* byAssignment.values();
}

function groupFor(acc: Accumulator, record: LogRecord): GroupState {
  const course = idKey(record.courseId ?? record.courseName ?? "");
  const assignment = idKey(record.assignmentId ?? record.assignmentName ?? "");
  let byAssignment = acc.groups.get(course);
  if (byAssignment === undefined) {
    byAssignment = new Map();
    acc.groups.set(typeof course === "string" ? keptText(acc, course) : course, byAssignment);
  }
  let group = byAssignment.get(assignment);
  if (group === undefined) {
    group = {
      courseId: keptField(acc, record.courseId),
      courseName: keptField(acc, record.courseName),
      assignmentId: keptField(acc, record.assignmentId),
      assignmentName: keptField(acc, record.assignmentName),
      sis: keptField(acc, record.sis),
      teacher: keptField(acc, record.teacher),
      findings: [],
      findingIndex: null,
      successes: acc.latest.newList(),
    };
    byAssignment.set(typeof assignment === "string" ? keptText(acc, assignment) : assignment, group);
  } else if (
    group.courseName === null ||
    group.assignmentName === null ||
    group.sis === null ||
    group.teacher === null
  ) {
    group.courseName ??= keptField(acc, record.courseName);
    group.assignmentName ??= keptField(acc, record.assignmentName);
    group.sis ??= keptField(acc, record.sis);
    group.teacher ??= keptField(acc, record.teacher);
  }
  return group;
}
