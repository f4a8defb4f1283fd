import type { UnexplainedTemplate } from "../aggregate/aggregated.js";
import { compareUsers } from "../aggregate/aggregation.js";
import { mergeCaptureValues } from "../aggregate/capture-values.js";
import { mergeDaily } from "../aggregate/daily-counts.js";
import { compareExamples, withExample } from "../aggregate/examples.js";
import { maxIso, minIso } from "../aggregate/moment.js";
import { TimelineBuilder } from "../aggregate/timeline.js";
import type { CatalogEntry } from "../catalog/entry-schema.js";
import { renderFix } from "../catalog/render-fix.js";
import { LIMITS } from "../limits.js";
import { entryInfoOf, fixCaptures } from "./build-report.js";
import { findingKey, groupKey } from "./group-key.js";
import { KeptDiagnostics } from "./kept-diagnostics.js";
import { mergeBy } from "./merge-by.js";
import { mergeProvisioning } from "./merge-provisioning.js";
import { compareFindings, compareGroups, compareText } from "./order.js";
import { orderedFinding } from "./ordered-finding.js";
import type {
  AffectedUser,
  EntryInfo,
  Example,
  Finding,
  Group,
  Report,
  ResolutionState,
  Timeline,
  UnknownTemplate,
} from "./report-schema.js";
import { summarize } from "./summarize.js";
import { unknownFromTemplates } from "./unknown-templates.js";

/**
 * Combine the reports of several inputs (files, workers, machines) into one. Associative; and when both reports
 * were made with `mergeable: true`, equal to analysing all inputs together (errors in one shard are resolved by
 * later successes in another). Without that state, a student's error counts as resolved when the shard holding
 * their latest error said so. `entries` (the catalog) re-renders fixes with the merged capture values and names
 * the nearest entry of unknown templates.
 */
export function mergeReports(a: Report, b: Report, entries: readonly CatalogEntry[] = []): Report {
  a = withExampleSources(a);
  b = withExampleSources(b);
  const resolution = a.resolution && b.resolution ? mergeResolution(a.resolution, b.resolution) : undefined;
  const successes = new Map(resolution?.map((state) => [state.group, state]));
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const named = groupNamer(a, b);
  const meets = sharedGroups(a, b);
  const groups = mergeBy(a.groups, b.groups, keyOfGroup, (x, y) => mergeGroup(x, y, byId))
    .map((group) => (resolution && meets(group) ? reresolve(named(group), successes.get(keyOfGroup(group))) : group))
    .sort(compareGroups);
  const templates = mergeBy(
    a.unknown.flatMap(membersOf),
    b.unknown.flatMap(membersOf),
    (template) => template.template,
    (x, y) => ({
      template: x.template,
      count: x.count + y.count,
      examples: mergeExamples(x.examples, y.examples),
      candidates: union(x.candidates, y.candidates),
    }),
  );
  const counts = {
    records: a.summary.records + b.summary.records,
    errors: a.summary.errors + b.summary.errors,
    warnings: a.summary.warnings + b.summary.warnings,
    successes: a.summary.successes + b.summary.successes,
    info: a.summary.info + b.summary.info,
    matched: a.summary.matched + b.summary.matched,
    unknown: a.summary.unknown + b.summary.unknown,
  };
  const inputs = [...a.inputs, ...b.inputs];
  const unknown = unknownFromTemplates(templates, entries);
  const timeline = mergeTimeline(a, b, groups);
  const merged: Report = {
    schemaVersion: a.schemaVersion,
    tool: a.tool,
    catalog: a.catalog,
    inputs,
    summary: summarize(counts, { groups, unknown, inputs }, a.summary.diagnostics + b.summary.diagnostics),
    entries: mergeEntries(a.entries, b.entries, byId),
    ...(timeline && { timeline }),
    groups,
    unknown,
    diagnostics: mergeDiagnostics(a.diagnostics, b.diagnostics),
  };

  const provisioning = mergeProvisioning(a.provisioning, b.provisioning);
  if (provisioning) merged.provisioning = provisioning;
  if (resolution) merged.resolution = withGroupNames(resolution, groups);
  return merged;
}

function keyOfGroup(group: Group): string {
  return groupKey(group.course, group.assignment);
}

function keyOfUser(user: AffectedUser): string {
  return user.id ?? user.name ?? "";
}

function mergeGroup(a: Group, b: Group, entries: ReadonlyMap<string, CatalogEntry>): Group {
  return {
    course: { id: a.course.id ?? b.course.id, name: a.course.name ?? b.course.name, url: a.course.url ?? b.course.url },
    assignment: { id: a.assignment.id ?? b.assignment.id, name: a.assignment.name ?? b.assignment.name },
    sis: a.sis ?? b.sis,
    teacher: a.teacher ?? b.teacher,
    findings: mergeBy(a.findings, b.findings, findingKey, (x, y) => mergeFinding(x, y, entries)).sort(compareFindings),
  };
}

function mergeFinding(a: Finding, b: Finding, entries: ReadonlyMap<string, CatalogEntry>): Finding {
  // Captures, and the fix rendered from them, belong to the earliest example, as in a single analysis.
  const first = firstExampleOf(b) < 0 ? b : a;
  const users = mergeBy(a.users, b.users, keyOfUser, mergeUser).sort(compareUsers);
  const complete = listsAll(a) && listsAll(b);
  const captureValues = { ...a.captureValues };
  for (const [name, values] of Object.entries(b.captureValues ?? {})) {
    const known = captureValues[name];
    captureValues[name] = known ? mergeCaptureValues(known, values) : values;
  }
  const entry = first.entry ? entries.get(first.entry.id) : undefined;
  // Without the catalog entry the fix cannot be rendered again; the earlier shard's text is the best there is.
  const fix = entry ? renderFix(entry, fixCaptures(captureValues)) : first.fix;
  return orderedFinding({
    ...first,
    alternatives: nonEmpty(union(a.alternatives ?? [], b.alternatives ?? [])),
    candidates: nonEmpty(union(a.candidates ?? [], b.candidates ?? [])),
    candidateSis: nonEmpty(union(a.candidateSis ?? [], b.candidateSis ?? [])),
    httpStatus: a.httpStatus ?? b.httpStatus,
    count: a.count + b.count,
    // With every user listed (mergeable reports) the union decides; with capped lists, the shards' counts add up
    // less the students both list, which may count a student twice whom neither listed.
    students: complete
      ? students(users)
      : a.students + b.students - (students(a.users) + students(b.users) - students(users)),
    firstSeen: minIso(a.firstSeen, b.firstSeen),
    lastSeen: maxIso(a.lastSeen, b.lastSeen),
    daily: a.daily || b.daily ? mergeDaily(a.daily ?? {}, b.daily ?? {}) : undefined,
    resolved: complete ? users.every((user) => user.resolved) : a.resolved && b.resolved,
    undecided: a.undecided ?? b.undecided,
    captureValues: Object.keys(captureValues).length > 0 ? captureValues : undefined,
    fix: fix && (!entry || JSON.stringify(fix) !== JSON.stringify(renderFix(entry, {}))) ? fix : undefined,
    users: complete ? users : users.slice(0, LIMITS.usersListed),
    usersTotal: complete
      ? users.length
      : a.usersTotal + b.usersTotal - (a.users.length + b.users.length - users.length),
    examples: mergeExamples(a.examples, b.examples),
  });

  function firstExampleOf(candidate: Finding): number {
    const other = candidate === a ? b : a;
    const mine = candidate.examples[0];
    const theirs = other.examples[0];
    if (!mine || !theirs) return mine ? -1 : 1;
    return compareExamples(mine, theirs);
  }
}

type GroupFields = NonNullable<ResolutionState["fields"]>;

/**
 * A group that only one shard has findings for may have been seen first in the other shard, through successes: a
 * single run names it as that earlier shard first saw it, so its names come from that shard's success state.
 */
function groupNamer(a: Report, b: Report): (group: Group) => Group {
  const onlyHere = (report: Report) => {
    const withFindings = new Set(report.groups.map(keyOfGroup));
    const fields = new Map<string, GroupFields>();
    for (const state of report.resolution ?? []) {
      if (state.fields && !withFindings.has(state.group)) fields.set(state.group, state.fields);
    }
    return fields;
  };
  const [earlierFields, laterFields] = [onlyHere(a), onlyHere(b)];
  return (group) => {
    const key = keyOfGroup(group);
    const earlier = earlierFields.get(key);
    const later = laterFields.get(key);
    if (earlier === undefined && later === undefined) return group;
    const names: GroupFields = { ...namesOf(group) };
    for (const name of ["courseName", "assignmentName", "sis", "teacher"] as const) {
      names[name] = earlier?.[name] ?? names[name] ?? later?.[name] ?? null;
    }
    return {
      ...group,
      course: { ...group.course, name: names.courseName },
      assignment: { ...group.assignment, name: names.assignmentName },
      sis: names.sis,
      teacher: names.teacher,
    };
  };
}

function namesOf(group: Group): GroupFields {
  return {
    courseName: group.course.name,
    assignmentName: group.assignment.name,
    sis: group.sis,
    teacher: group.teacher,
  };
}

/** A group in the merged report already has the names one run would give it; its success state must agree. */
function withGroupNames(resolution: ResolutionState[], groups: readonly Group[]): ResolutionState[] {
  const byKey = new Map(groups.map((group) => [keyOfGroup(group), group]));
  return resolution.map((state) => {
    const group = byKey.get(state.group);
    return group && state.fields ? { ...state, fields: namesOf(group) } : state;
  });
}

/**
 * Whether the other report knows anything of a group (findings, or successes): only then can merging change its
 * names or what is resolved. Shards of independent files (a school each) mostly share nothing, and their groups
 * pass through untouched.
 */
function sharedGroups(a: Report, b: Report): (group: Group) => boolean {
  const known = (report: Report) =>
    new Set([...report.groups.map(keyOfGroup), ...(report.resolution ?? []).map((state) => state.group)]);
  const [inA, inB] = [known(a), known(b)];
  return (group) => {
    const key = keyOfGroup(group);
    return inA.has(key) && inB.has(key);
  };
}

function mergeFields(x: GroupFields | undefined, y: GroupFields | undefined): GroupFields | undefined {
  if (x === undefined || y === undefined) return x ?? y;
  return {
    courseName: x.courseName ?? y.courseName,
    assignmentName: x.assignmentName ?? y.assignmentName,
    sis: x.sis ?? y.sis,
    teacher: x.teacher ?? y.teacher,
  };
}

/** Does the finding list every affected user (a mergeable report's do)? */
function listsAll(finding: Finding): boolean {
  return finding.users.length === finding.usersTotal;
}

function students(users: readonly AffectedUser[]): number {
  return users.filter((user) => user.id !== null || user.name !== null).length;
}

function mergeUser(a: AffectedUser, b: AffectedUser): AffectedUser {
  const lastError = maxIso(a.lastError, b.lastError);
  const resolved =
    a.lastError === b.lastError ? a.resolved || b.resolved : lastError === a.lastError ? a.resolved : b.resolved;
  return { id: a.id ?? b.id, name: a.name ?? b.name, lastError, resolved };
}

/** With the merged success state, decide again for every student whether a later success cleared the error. */
function reresolve(group: Group, success: ResolutionState | undefined): Group {
  const findings = group.findings.map((finding) => {
    const users = finding.users.map((user) => {
      const key = keyOfUser(user);
      const cleared = key === "" ? success?.anySuccess : success?.students[key];
      if (user.lastError === null || cleared === undefined || cleared === null) return user;
      return { ...user, resolved: cleared > user.lastError };
    });
    return { ...finding, users, resolved: finding.undecided === undefined && users.every((user) => user.resolved) };
  });
  return { ...group, findings };
}

function mergeResolution(a: readonly ResolutionState[], b: readonly ResolutionState[]): ResolutionState[] {
  return mergeBy(
    a,
    b,
    (state) => state.group,
    (x, y) => {
      const students = { ...x.students };
      for (const [key, iso] of Object.entries(y.students)) students[key] = maxIso(students[key] ?? null, iso) ?? iso;
      const fields = mergeFields(x.fields, y.fields);
      return { group: x.group, anySuccess: maxIso(x.anySuccess, y.anySuccess), students, ...(fields && { fields }) };
    },
  ).sort((x, y) => compareText(x.group, y.group));
}

function mergeExamples(a: readonly Example[], b: readonly Example[]): Example[] {
  let examples = a;
  for (const example of b) examples = withExample(examples, example);
  return [...examples];
}

/** A cluster's masked templates: clusters are made again from the union of both reports' templates. */
function membersOf(cluster: UnknownTemplate): UnexplainedTemplate[] {
  return cluster.variants;
}

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length > 0 ? list : undefined;
}

/**
 * A report of one input leaves its examples' source out (it is that input); merged with others, they say it again,
 * so the merged report's examples name their input and keep the order one run over all inputs would give them.
 */
function withExampleSources(report: Report): Report {
  const only = report.inputs.length === 1 ? (report.inputs[0] as Report["inputs"][number]).name : undefined;
  if (only === undefined) return report;
  const named = ({ line, source, message, student }: Example): Example => ({
    line,
    source: source ?? only,
    message,
    ...(student !== undefined && { student }),
  });
  return {
    ...report,
    groups: report.groups.map((group) => ({
      ...group,
      findings: group.findings.map((finding) => ({ ...finding, examples: finding.examples.map(named) })),
    })),
    unknown: report.unknown.map((template) => ({
      ...template,
      examples: template.examples.map(named),
      variants: template.variants.map((variant) => ({ ...variant, examples: variant.examples.map(named) })),
    })),
  };
}

/** Both reports' entries; the catalog's own text when the merge has it (the newer wording). */
function mergeEntries(
  a: Report["entries"],
  b: Report["entries"],
  catalog: ReadonlyMap<string, CatalogEntry>,
): Report["entries"] {
  const ids = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return Object.fromEntries(
    ids.map((id) => {
      const entry = catalog.get(id);
      return [id, entry ? entryInfoOf(entry) : ((a[id] ?? b[id]) as EntryInfo)];
    }),
  );
}

/**
 * The merged report's errors per day: drawn again from the findings when every finding carries its days (mergeable
 * reports, whose findings' resolution the merge decided again), else the two timelines added up as they stand.
 */
function mergeTimeline(a: Report, b: Report, groups: readonly Group[]): Timeline | null {
  const timeline = new TimelineBuilder();
  if (a.resolution && b.resolution) {
    for (const group of groups) {
      for (const finding of group.findings) {
        for (const [day, count] of Object.entries(finding.daily ?? {})) {
          timeline.add(finding.entry?.id ?? null, finding.resolved, TimelineBuilder.dayOf(day), count);
        }
      }
    }
  } else {
    if (a.timeline) timeline.addTimeline(a.timeline);
    if (b.timeline) timeline.addTimeline(b.timeline);
  }
  return timeline.result();
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function mergeDiagnostics(a: Report["diagnostics"], b: Report["diagnostics"]): Report["diagnostics"] {
  const kept = new KeptDiagnostics();
  for (const diagnostic of [...a, ...b]) kept.add(diagnostic);
  return kept.list();
}
