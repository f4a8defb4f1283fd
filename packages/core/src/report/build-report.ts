import type { Accumulator, FindingState, GroupState } from "../aggregate/accumulator.js";
import { allGroups } from "../aggregate/accumulator.js";
import { type CaptureValues, describeCaptureValues } from "../aggregate/capture-values.js";
import { clusterTemplates } from "../aggregate/cluster-templates.js";
import { EXAMPLE_LIMIT, withExample } from "../aggregate/examples.js";
import type { LatestMoments } from "../aggregate/latest-moments.js";
import { isoOfMoment } from "../aggregate/moment.js";
import { entryWords, nearestEntry } from "../aggregate/nearest-entry.js";
import { NO_STUDENT, type StudentInfo } from "../aggregate/student-table.js";
import type { CatalogEntry } from "../catalog/entry-schema.js";
import { renderFix } from "../catalog/render-fix.js";
import type { Diagnostic } from "../diagnostics.js";
import { courseUrl, groupKey } from "./group-key.js";
import {
  compareDiagnostics,
  compareFindings,
  compareGroups,
  compareText,
  compareUnknown,
  type GroupOrderKey,
} from "./order.js";
import {
  type AffectedUser,
  type Example,
  type Finding,
  type Group,
  REPORT_SCHEMA_VERSION,
  type Report,
  type ResolutionState,
  type UnknownTemplate,
} from "./report-schema.js";
import type { StreamedReport } from "./streamed-report.js";
import { summaryOf } from "./summarize.js";

/** Diagnostics kept in a report; the summary still counts all of them. */
export const DIAGNOSTIC_LIMIT = 200;

export interface ReportContext {
  tool: { name: string; version: string };
  catalog: { version: string; entries: readonly CatalogEntry[] };
  inputs: Report["inputs"];
  diagnostics: readonly Diagnostic[];
  diagnosticCount: number;
  canvasUrl?: string;
  /** Carry the success state that lets mergeReports resolve errors across shards exactly. */
  mergeable?: boolean;
}

/**
 * Turn the accumulated state into the report, its groups built only as they are read. It consumes the accumulator:
 * assignments with nothing to report are dropped at once, and each group's state as soon as its group is built.
 */
export function streamReport(acc: Accumulator, context: ReportContext): StreamedReport {
  const resolution = context.mergeable ? resolutionState(acc) : undefined;
  const unknown = unknownTemplates(acc, context.catalog.entries);
  const states = groupsWithFindings(acc);
  let unresolvedFindings = 0;
  for (const state of states) {
    for (const finding of state.findings) if (!isResolved(acc.latest, finding, state)) unresolvedFindings++;
  }
  const diagnostics = [...context.diagnostics].sort(compareDiagnostics).slice(0, DIAGNOSTIC_LIMIT);
  const report: StreamedReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: context.tool,
    catalog: { version: context.catalog.version },
    inputs: context.inputs,
    summary: summaryOf(acc.counts, { groups: states.length, unresolvedFindings }, context.diagnosticCount),
    groups: buildGroups(states, acc, context.canvasUrl),
    unknown,
    diagnostics,
  };
  if (resolution) report.resolution = resolution;
  return report;
}

/** The assignments that have findings, in report order; the accumulator lets go of all of them. */
function groupsWithFindings(acc: Accumulator): GroupState[] {
  const states: GroupState[] = [];
  for (const state of allGroups(acc)) if (state.findings.length > 0) states.push(state);
  acc.groups.clear();
  const keyed = states.map((state) => ({ state, key: orderKey(state) }));
  keyed.sort((a, b) => compareGroups(a.key, b.key));
  return keyed.map(({ state }) => state);
}

function orderKey(state: GroupState): GroupOrderKey {
  return {
    course: { id: state.courseId, name: state.courseName, url: null },
    assignment: { id: state.assignmentId, name: state.assignmentName },
  };
}

/** Yields each group once, dropping its state as it goes, so built groups and spent state never pile up. */
function* buildGroups(
  states: (GroupState | undefined)[],
  tables: StateTables,
  canvasUrl: string | undefined,
): Generator<Group> {
  for (let at = 0; at < states.length; at++) {
    const state = states[at] as GroupState;
    states[at] = undefined;
    yield toGroup(state, tables, canvasUrl);
  }
}

/** The tables a group's state points into by number. */
type StateTables = Pick<Accumulator, "students" | "latest">;

function toGroup(group: GroupState, tables: StateTables, canvasUrl: string | undefined): Group {
  return {
    course: { id: group.courseId, name: group.courseName, url: courseUrl(canvasUrl, group.courseId) },
    assignment: { id: group.assignmentId, name: group.assignmentName },
    sis: group.sis,
    teacher: group.teacher,
    findings: group.findings.map((finding) => toFinding(finding, group, tables)).sort(compareFindings),
  };
}

/** Did a success for this student (or, for an assignment-level error, for the assignment) come after the error? */
function clearedLater(latest: LatestMoments, group: GroupState, student: number, lastError: number): boolean {
  const success = student === NO_STUDENT ? latest.lastNoted(group.successes) : latest.get(group.successes, student);
  return success !== undefined && success > lastError;
}

function isResolved(latest: LatestMoments, finding: FindingState, group: GroupState): boolean {
  for (const [student, lastError] of latest.entries(finding.users))
    if (!clearedLater(latest, group, student, lastError)) return false;
  return true;
}

function toFinding(finding: FindingState, group: GroupState, { students, latest }: StateTables): Finding {
  const users: AffectedUser[] = [];
  for (const [student, lastError] of latest.entries(finding.users)) {
    const { id, name } = students.info[student] as StudentInfo;
    const resolved = clearedLater(latest, group, student, lastError);
    users.push({ id, name, lastError: isoOfMoment(lastError), resolved });
  }
  const entry = finding.entry;
  users.sort((a, b) => compareText(a.id, b.id) || compareText(a.name, b.name));
  return {
    entry: entry ? { id: entry.id, sis: entry.sis, title: entry.title } : null,
    template: finding.variant,
    alternatives: finding.alternatives ? [...finding.alternatives].sort() : [],
    severity: finding.severity,
    actsFirst: entry?.actsFirst ?? null,
    httpStatus: finding.httpStatus,
    count: finding.count,
    students: users.filter((user) => user.id !== null || user.name !== null).length,
    firstSeen: isoOfMoment(latest.firstNoted(finding.users)),
    lastSeen: isoOfMoment(latest.lastNoted(finding.users)),
    resolved: users.every((user) => user.resolved),
    // A copy: the match's captures are shared with every other finding the same message explains.
    captures: { ...finding.captures },
    captureValues: finding.captureValues ?? {},
    fix: entry ? renderFix(entry, fixCaptures(finding.captureValues ?? {})) : null,
    escalation: entry
      ? { needed: entry.escalation.needed, to: entry.escalation.to ?? null, collect: entry.escalation.collect }
      : null,
    users,
    examples: [...finding.examples],
  };
}

/** Fix text names every value a capture took (e.g. all the sections), not only the first message's. */
export function fixCaptures(values: Record<string, CaptureValues>): Record<string, string> {
  const captures: Record<string, string> = {};
  for (const [name, known] of Object.entries(values)) captures[name] = describeCaptureValues(known);
  return captures;
}

/** Fold masked variants into templates; shared with mergeReports, which calls it on the union of variants. */
export function unknownFromVariants(
  variants: readonly { template: string; count: number; examples: readonly Example[] }[],
  entries: readonly CatalogEntry[],
): UnknownTemplate[] {
  const byTemplate = new Map(variants.map((variant) => [variant.template, variant]));
  const signatures = entries.map((entry) => ({ id: entry.id, words: entryWords(entry) }));
  return clusterTemplates(variants)
    .map((cluster): UnknownTemplate => {
      const members = cluster.variants.map((template) => byTemplate.get(template)).filter((v) => v !== undefined);
      let examples: readonly Example[] = [];
      for (const member of members) {
        for (const example of member.examples) examples = withExample(examples, example, EXAMPLE_LIMIT);
      }
      return {
        template: cluster.template,
        count: members.reduce((sum, member) => sum + member.count, 0),
        variants: members
          .map((member) => ({ template: member.template, count: member.count, examples: [...member.examples] }))
          .sort((a, b) => b.count - a.count || compareText(a.template, b.template)),
        examples: [...examples],
        nearest: nearestEntry(cluster.template, signatures),
      };
    })
    .sort(compareUnknown);
}

function unknownTemplates(acc: Accumulator, entries: readonly CatalogEntry[]): UnknownTemplate[] {
  const variants = [...acc.variants].map(([template, state]) => ({ template, ...state }));
  return unknownFromVariants(variants, entries);
}

function resolutionState(acc: Accumulator): ResolutionState[] {
  const states: ResolutionState[] = [];
  for (const group of allGroups(acc)) {
    const students: Record<string, string> = {};
    for (const [student, moment] of acc.latest.entries(group.successes)) {
      if (student === NO_STUDENT) continue;
      const iso = isoOfMoment(moment);
      const { id, name } = acc.students.info[student] as StudentInfo;
      if (iso !== null) students[id ?? name ?? ""] = iso;
    }
    const anySuccess = isoOfMoment(acc.latest.lastNoted(group.successes));
    if (anySuccess === null && Object.keys(students).length === 0) continue;
    states.push({
      group: groupKey(
        { id: group.courseId, name: group.courseName },
        { id: group.assignmentId, name: group.assignmentName },
      ),
      anySuccess,
      students,
      fields: {
        courseName: group.courseName,
        assignmentName: group.assignmentName,
        sis: group.sis,
        teacher: group.teacher,
      },
    });
  }
  return states.sort((a, b) => compareText(a.group, b.group));
}
