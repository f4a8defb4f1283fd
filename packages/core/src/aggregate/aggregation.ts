import type { CatalogEntry } from "../catalog/entry-schema.js";
import { LIMITS } from "../limits.js";
import type { MatchResult } from "../match/match-message.js";
import { normalizeSis } from "../match/sis-slug.js";
import type { LogRecord } from "../records/log-record.js";
import { compareText } from "../util/compare-text.js";
import { detach, detachValues } from "../util/detach.js";
import { idKey } from "../util/id-key.js";
import type {
  AggregatedFinding,
  AggregatedGroup,
  AggregatedUser,
  Counts,
  GroupKey,
  GroupSuccesses,
  Tally,
  UndecidedReason,
  UnexplainedTemplate,
} from "./aggregated.js";
import { addCaptureValue } from "./capture-values.js";
import { addDay, countAt, dailyRecord, dayAt } from "./daily-counts.js";
import { type Example, exampleOf, withExample, wouldKeep } from "./examples.js";
import { addFinding, type FindingState, findingOf, type GroupState } from "./group-state.js";
import { LatestMoments } from "./latest-moments.js";
import { dayOfMoment, isoOfMoment, type Moment, momentOf } from "./moment.js";
import { keptStudentName, NO_STUDENT, StudentTable } from "./student-table.js";
import { type Timeline, TimelineBuilder } from "./timeline.js";

/** Where the unexplained templates beyond the cap are counted. */
export const OVERFLOW_TEMPLATE = "<other unexplained messages>";

/** One assignment with findings, to be read once from the finished aggregation. */
export interface GroupRef extends GroupKey {
  readonly at: number;
}

/** The aggregation after its last record: the assignments with findings, each read (and let go of) once. */
export interface FinishedAggregation {
  readonly groups: readonly GroupRef[];
  /** Findings some affected student (or the assignment) has not had a later success for, or that none could clear. */
  readonly unresolvedFindings: number;
  /** Assignments with at least one such finding. */
  readonly unresolvedGroups: number;
  readonly tally: Tally;
  /** The catalog entries the findings name, by id. */
  readonly entries: readonly CatalogEntry[];
  /** Errors per day and entry; null when no error had a timestamp. */
  readonly timeline: Timeline | null;
  read(group: GroupRef, options: ReadOptions): AggregatedGroup;
}

export interface ReadOptions {
  /** How many affected users each finding lists (the first by id, then name). */
  usersListed: number;
  /** Give each finding its counts per day (a mergeable report's, so a merge can draw the timeline again). */
  daily: boolean;
}

interface TemplateState {
  /** The template as kept (detached): every finding of it holds this one string, so finding it compares pointers. */
  template: string;
  count: number;
  examples: readonly Example[];
  candidates: Set<string> | null;
}

/**
 * Records folded into findings per course and assignment, with counts, affected students, examples and the latest
 * successes that decide resolution. Its size grows with groups, findings and students, never with lines; its
 * tables (the moment slab, the student table, the ids) stay private, and what it hands out is plain data.
 */
export class Aggregation {
  private readonly counts: Counts = {
    records: 0,
    errors: 0,
    warnings: 0,
    successes: 0,
    info: 0,
    matched: 0,
    unknown: 0,
  };
  /**
   * Groups by course key, then assignment key (`idKey`: numeric ids as numbers): two lookups are cheaper than
   * building a joined key per record.
   */
  private readonly groups = new Map<string | number, Map<string | number, GroupState>>();
  /**
   * The group of each assignment key, when its course is the one first seen with it: Canvas's assignment ids are
   * unique across courses, so one lookup usually finds the group; in a district's year of random rows the two
   * nested lookups were a tenth of the run, each a likely cache miss.
   */
  private readonly byAssignment = new Map<string | number, GroupState>();
  private readonly templates = new Map<string, TemplateState>();
  private readonly students: StudentTable;
  /** The moment lists that findings (`users`) and groups (`successes`) name by number. */
  private readonly latest = new LatestMoments();
  /** Texts the groups and examples keep (names, ids, messages), each once, detached from the input. */
  private readonly texts = new Map<string, string>();
  private seq = 0;

  /**
   * `usersListed`: how many users each finding will list at most (the report's cap); only their names are kept.
   * Infinity (a report that lists every user, a mergeable one) keeps the name of every student with an error.
   */
  constructor(private readonly usersListed = Number.POSITIVE_INFINITY) {
    this.students = new StudentTable(usersListed === Number.POSITIVE_INFINITY);
  }

  /**
   * Fold one record in. `match` is the catalog's for error/warning records, `template` their masked text if none.
   * Returns the template an unexplained error is counted under (detached from the input, and the overflow template
   * past the cap), so that whoever keeps more per finding keys it as the report will: null for any other record.
   */
  add(
    record: LogRecord,
    match: MatchResult | null,
    template: string | null,
    candidates: readonly string[],
  ): string | null {
    this.counts.records++;
    const moment = momentOf(record.timestamp, this.seq++);
    switch (record.status) {
      case "success":
        this.counts.successes++;
        // A success clears errors only of the course and assignment it names: one that names neither clears nothing.
        if (undecidedFor(record) === null) {
          this.latest.note(this.groupFor(record).successes, this.students.keyOf(record, false), moment);
        }
        return null;
      case "info":
        this.counts.info++;
        return null;
      case "error":
      case "warning":
        this.counts[record.status === "error" ? "errors" : "warnings"]++;
        this.counts[match ? "matched" : "unknown"]++;
        return this.noteProblem(record, match, template, candidates, moment);
    }
  }

  /** The counts so far. */
  countsSoFar(): Counts {
    return { ...this.counts };
  }

  /** The latest successes of every assignment that had any (read before `finish`). */
  successes(): GroupSuccesses[] {
    const found: GroupSuccesses[] = [];
    for (const group of this.allGroups()) {
      const students: Record<string, string> = {};
      this.latest.forEach(group.successes, (student, moment) => {
        if (student === NO_STUDENT) return;
        const iso = isoOfMoment(moment);
        const { id, name } = this.students.infoOf(student);
        if (iso !== null) students[id ?? name ?? ""] = iso;
      });
      const anySuccess = isoOfMoment(this.latest.lastNoted(group.successes));
      if (anySuccess === null && Object.keys(students).length === 0) continue;
      const { course, assignment } = keyOfGroup(group);
      found.push({ course, assignment, sis: group.sis, teacher: group.teacher, anySuccess, students });
    }
    return found;
  }

  unexplained(): UnexplainedTemplate[] {
    return [...this.templates].map(([template, { count, examples, candidates }]) => ({
      template,
      count,
      examples,
      candidates: candidates ? [...candidates].sort() : [],
    }));
  }

  /**
   * Ends the aggregation: the assignments with nothing to report are let go of at once, and each of the others as
   * soon as it is read, so built groups and spent state never pile up.
   */
  finish(): FinishedAggregation {
    const states: (GroupState | undefined)[] = [];
    for (const state of this.allGroups()) if (state.findings.length > 0) states.push(state);
    this.groups.clear();
    this.byAssignment.clear();
    let unresolvedFindings = 0;
    let unresolvedGroups = 0;
    let inFindings = 0;
    const entries = new Map<string, CatalogEntry>();
    const timeline = new TimelineBuilder();
    for (const state of states as GroupState[]) {
      const before = unresolvedFindings;
      for (const finding of state.findings) {
        inFindings += finding.count;
        const resolved = this.isResolved(finding, state);
        if (!resolved) unresolvedFindings++;
        if (finding.entry) entries.set(finding.entry.id, finding.entry);
        const days = finding.days ?? [];
        for (let at = 0; at < days.length; at++) {
          timeline.add(finding.entry?.id ?? null, resolved, dayAt(days, at), countAt(days, at));
        }
      }
      if (unresolvedFindings > before) unresolvedGroups++;
    }
    let inTemplates = 0;
    for (const template of this.templates.values()) inTemplates += template.count;
    return {
      // A literal, not a spread: a spread gave each of 24,000 refs a hidden class of its own (5 MB).
      groups: (states as GroupState[]).map((state, at) => {
        const { course, assignment } = keyOfGroup(state);
        return { course, assignment, at };
      }),
      unresolvedFindings,
      unresolvedGroups,
      tally: { inFindings, inTemplates },
      entries: [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      timeline: timeline.result(),
      read: (ref, options) => {
        const state = states[ref.at];
        if (state === undefined) throw new Error("each group of a finished aggregation can be read once");
        states[ref.at] = undefined;
        return this.toGroup(state, options);
      },
    };
  }

  private noteProblem(
    record: LogRecord,
    match: MatchResult | null,
    template: string | null,
    candidates: readonly string[],
    moment: Moment,
  ): string | null {
    const unexplained = match ? null : this.keepTemplate(template ?? record.message ?? "", record, candidates);
    const key = match ? match.entry : (unexplained as string);
    const group = this.groupFor(record);
    let finding = findingOf(group, key);
    if (!finding) {
      finding = {
        entry: match?.entry ?? null,
        template: unexplained,
        severity: match?.entry.severity ?? (record.status === "warning" ? "warning" : "error"),
        httpStatus: record.httpStatus ?? null,
        alternatives: null,
        count: 0,
        users: this.latest.newList(),
        listed: null,
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
    if (day !== null) finding.days = addDay(finding.days, day);
    if (match !== null) noteMatch(finding, match);
    else if (candidates.length > 0) finding.alternatives = withIds(finding.alternatives, candidates);
    const student = this.students.keyOf(record, true);
    this.latest.note(finding.users, student, moment);
    if (this.usersListed !== Number.POSITIVE_INFINITY && student !== NO_STUDENT) {
      this.noteListed(finding, student, record);
    }
    if (wouldKeep(finding.examples, record)) {
      const example = this.keptExampleOf(record);
      finding.examples = withExample(finding.examples, example);
      // The first example's captures, cut from its message: copies, not slices of the input chunk it came from.
      if (finding.examples[0] === example) finding.captures = match === null ? null : detachValues(match.captures);
    }
    return unexplained;
  }

  /** Keep `student` (and their name) among the finding's listed users if they are one of the first few. */
  private noteListed(finding: FindingState, student: number, record: LogRecord): void {
    const listed = finding.listed ?? [];
    const end = listed.length;
    for (let at = 0; at < end; at += 2) if (listed[at] === student) return;
    const cap = this.usersListed * 2;
    if (end >= cap && this.students.compare(student, listed[cap - 2] as number) > 0) return;
    let at = end;
    while (at > 0 && this.students.compare(student, listed[at - 2] as number) < 0) at -= 2;
    if (end < cap) {
      // A new list of exactly the kept length, as for examples: most findings list one or two users.
      finding.listed = listed.slice(0, at).concat(student, keptStudentName(record), listed.slice(at));
    } else {
      // Full: the last one drops out and the rest move up, in place (a finding can change its list often).
      listed.copyWithin(at + 2, at, end - 2);
      listed[at] = student;
      listed[at + 1] = keptStudentName(record);
    }
    if (record.studentName === undefined) this.students.awaitName(student);
  }

  private keepTemplate(template: string, record: LogRecord, candidates: readonly string[]): string {
    let state = this.templates.get(template);
    if (!state) {
      // Past the cap, the rest count under the overflow template, which gets a place of its own once.
      if (this.templates.size >= LIMITS.unexplainedTemplates && template !== OVERFLOW_TEMPLATE) {
        return this.keepTemplate(OVERFLOW_TEMPLATE, record, candidates);
      }
      state = { template: detach(template), count: 0, examples: [], candidates: null };
      this.templates.set(state.template, state);
    }
    state.count++;
    if (candidates.length > 0) state.candidates = withIds(state.candidates, candidates);
    if (wouldKeep(state.examples, record)) state.examples = withExample(state.examples, this.keptExampleOf(record));
    return state.template;
  }

  private keptExampleOf(record: LogRecord): Example {
    const student = record.studentName ?? record.studentId;
    return exampleOf(
      record,
      this.keptText(record.message ?? ""),
      student === undefined ? null : this.keptText(student),
    );
  }

  private keptField(text: string | undefined): string | null {
    return text === undefined ? null : this.keptText(text);
  }

  /**
   * The catalog's slug of the SIS a record names ("PowerTeacher Pro", "POWERSCHOOL" and "powerschool" are one SIS),
   * as the matcher reads it: every renderer, the HTML per-SIS table and a merge of shards then see one name. Asked
   * only while a group has no SIS.
   */
  private keptSis(name: string | undefined): string | null {
    const slug = normalizeSis(name);
    return slug === undefined ? null : this.keptText(slug);
  }

  /** One detached copy of each text the analysis keeps: a course's name, its teacher, a message in many examples. */
  private keptText(text: string): string {
    let kept = this.texts.get(text);
    if (kept === undefined) {
      kept = detach(text);
      this.texts.set(kept, kept);
    }
    return kept;
  }

  private *allGroups(): Generator<GroupState> {
    for (const byAssignment of this.groups.values()) yield* byAssignment.values();
  }

  private groupFor(record: LogRecord): GroupState {
    const course = idKey(record.courseId ?? record.courseName ?? "");
    const assignment = idKey(record.assignmentId ?? record.assignmentName ?? "");
    const known = this.byAssignment.get(assignment);
    const group =
      known !== undefined && known.courseKey === course ? known : this.nestedGroup(course, assignment, record);
    if (group.courseName === null || group.assignmentName === null || group.sis === null || group.teacher === null) {
      group.courseName ??= this.keptField(record.courseName);
      group.assignmentName ??= this.keptField(record.assignmentName);
      group.sis ??= this.keptSis(record.sis);
      group.teacher ??= this.keptField(record.teacher);
    }
    return group;
  }

  /** The group by course, then assignment: made on first sight (and remembered by its assignment key if free). */
  private nestedGroup(course: string | number, assignment: string | number, record: LogRecord): GroupState {
    let byAssignment = this.groups.get(course);
    if (byAssignment === undefined) {
      byAssignment = new Map();
      this.groups.set(typeof course === "string" ? this.keptText(course) : course, byAssignment);
    }
    let group = byAssignment.get(assignment);
    if (group === undefined) {
      const courseKey = typeof course === "string" ? this.keptText(course) : course;
      const assignmentKey = typeof assignment === "string" ? this.keptText(assignment) : assignment;
      group = {
        courseKey,
        courseId: this.keptField(record.courseId),
        courseName: this.keptField(record.courseName),
        assignmentId: this.keptField(record.assignmentId),
        assignmentName: this.keptField(record.assignmentName),
        sis: this.keptSis(record.sis),
        teacher: this.keptField(record.teacher),
        undecided: undecidedFor(record),
        findings: [],
        findingIndex: null,
        successes: this.latest.newList(),
      };
      byAssignment.set(assignmentKey, group);
      if (!this.byAssignment.has(assignmentKey)) this.byAssignment.set(assignmentKey, group);
    }
    return group;
  }

  /** Did a success for this student (or, for an assignment-level error, for the assignment) come after the error? */
  private clearedLater(group: GroupState, student: number, lastError: Moment): boolean {
    if (group.undecided !== null) return false;
    const success =
      student === NO_STUDENT ? this.latest.lastNoted(group.successes) : this.latest.get(group.successes, student);
    return success !== undefined && success > lastError;
  }

  private isResolved(finding: FindingState, group: GroupState): boolean {
    let resolved = true;
    this.latest.forEach(finding.users, (student, lastError) => {
      resolved &&= this.clearedLater(group, student, lastError);
    });
    return resolved;
  }

  private toGroup(state: GroupState, options: ReadOptions): AggregatedGroup {
    const { course, assignment } = keyOfGroup(state);
    return {
      course,
      assignment,
      sis: state.sis,
      teacher: state.teacher,
      findings: state.findings.map((finding) => this.toFinding(finding, state, options)),
    };
  }

  private toFinding(finding: FindingState, group: GroupState, { usersListed, daily }: ReadOptions): AggregatedFinding {
    let students = 0;
    let resolved = true;
    this.latest.forEach(finding.users, (student, lastError) => {
      if (student !== NO_STUDENT) students++;
      resolved &&= this.clearedLater(group, student, lastError);
    });
    const usersTotal = this.latest.size(finding.users);
    const users =
      this.usersListed !== Number.POSITIVE_INFINITY && usersListed <= this.usersListed
        ? this.listedUsers(finding, group, usersListed)
        : this.everyUser(finding, group, usersListed);
    return {
      entry: finding.entry,
      template: finding.template,
      severity: finding.severity,
      httpStatus: finding.httpStatus,
      alternatives: finding.entry && finding.alternatives ? [...finding.alternatives].sort() : [],
      candidates: !finding.entry && finding.alternatives ? [...finding.alternatives].sort() : [],
      count: finding.count,
      firstSeen: isoOfMoment(this.latest.firstNoted(finding.users)),
      lastSeen: isoOfMoment(this.latest.lastNoted(finding.users)),
      daily: daily && finding.days ? dailyRecord(finding.days) : null,
      users,
      usersTotal,
      students,
      resolved,
      undecided: group.undecided,
      examples: [...finding.examples],
      captures: finding.captures,
      captureValues: finding.captureValues,
    };
  }

  /** The first `usersListed` users in the report's order, from those the finding kept (and the assignment's entry). */
  private listedUsers(finding: FindingState, group: GroupState, usersListed: number): AggregatedUser[] {
    const listed = finding.listed ?? [];
    const users: AggregatedUser[] = [];
    for (let at = 0; at < listed.length && users.length < usersListed; at += 2) {
      users.push(this.userOf(finding, group, listed[at] as number));
    }
    if (users.length < usersListed && this.latest.get(finding.users, NO_STUDENT) !== undefined) {
      users.push(this.userOf(finding, group, NO_STUDENT));
    }
    return users;
  }

  /** Every user (or the first `usersListed` of them) with the time as text only for those listed. */
  private everyUser(finding: FindingState, group: GroupState, usersListed: number): AggregatedUser[] {
    const keys: number[] = [];
    this.latest.forEach(finding.users, (student) => keys.push(student));
    // Sorted only to cut: a district's findings touch hundreds of thousands of students.
    if (keys.length > usersListed) keys.sort((a, b) => this.students.compare(a, b));
    return keys.slice(0, usersListed).map((student) => this.userOf(finding, group, student));
  }

  /**
   * The user in the report, named by the finding when it lists them (its few listed users keep their names), else
   * by the student table. Every read goes through here: a run with SIS imports reads every user to link causes,
   * then lists the first few, which must keep their names.
   */
  private userOf(finding: FindingState, group: GroupState, student: number): AggregatedUser {
    const lastError = this.latest.get(finding.users, student) as Moment;
    const { id, name } = this.students.infoOf(student);
    const resolved = this.clearedLater(group, student, lastError);
    return { id, name: listedName(finding, student) ?? name, lastError: isoOfMoment(lastError), resolved };
  }
}

/**
 * Users in the report's order: by id, then name (null first), and the assignment-level entry (no id, no name) last,
 * so it never takes the place of a student in a capped list.
 */
export function compareUsers(a: AggregatedUser, b: AggregatedUser): number {
  return (
    Number(isAssignmentLevel(a)) - Number(isAssignmentLevel(b)) ||
    compareText(a.id, b.id) ||
    compareText(a.name, b.name)
  );
}

function isAssignmentLevel(user: AggregatedUser): boolean {
  return user.id === null && user.name === null;
}

/** The name the finding kept for a student it lists (null: not listed, or listed without a name yet). */
function listedName(finding: FindingState, student: number): string | null {
  const listed = finding.listed;
  if (listed === null) return null;
  for (let at = 0; at < listed.length; at += 2) if (listed[at] === student) return listed[at + 1] as string | null;
  return null;
}

function noteMatch(finding: FindingState, match: MatchResult): void {
  if (match.alternatives.length > 0) finding.alternatives = withIds(finding.alternatives, match.alternatives);
  for (const name in match.captures) {
    finding.captureValues ??= {};
    finding.captureValues[name] ??= { values: [], more: false };
    // Captures are cut from the detached copy the memo matcher matched, so they pin no input chunk: no copy here.
    addCaptureValue(finding.captureValues[name], match.captures[name] as string);
  }
}

/** Why a record's errors could not be cleared by a success (or its success clear anything), or null. */
function undecidedFor(record: LogRecord): UndecidedReason | null {
  const course = record.courseId ?? record.courseName;
  const assignment = record.assignmentId ?? record.assignmentName;
  if (course !== undefined && assignment !== undefined) return null;
  if (course === undefined && assignment === undefined) return "no-course-or-assignment";
  return course === undefined ? "no-course" : "no-assignment";
}

function keyOfGroup(state: GroupState): GroupKey {
  return {
    course: { id: state.courseId, name: state.courseName },
    assignment: { id: state.assignmentId, name: state.assignmentName },
  };
}

/** The set (made when first needed) with the ids added. */
function withIds(set: Set<string> | null, ids: readonly string[]): Set<string> {
  const into = set ?? new Set<string>();
  for (const id of ids) into.add(id);
  return into;
}
