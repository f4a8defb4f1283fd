import type { AggregatedFinding, AggregatedGroup, GroupSuccesses } from "../aggregate/aggregated.js";
import { type Aggregation, compareUsers } from "../aggregate/aggregation.js";
import { type CaptureValues, describeCaptureValues } from "../aggregate/capture-values.js";
import type { CatalogEntry } from "../catalog/entry-schema.js";
import { renderFix } from "../catalog/render-fix.js";
import type { Diagnostic } from "../diagnostics.js";
import { LIMITS } from "../limits.js";
import { candidateSisOf } from "./candidate-sis.js";
import { courseUrl, groupKey } from "./group-key.js";
import { compareFindings, compareGroups, compareText } from "./order.js";
import { orderedFinding } from "./ordered-finding.js";
import type { ProvisioningSection } from "./provisioning-schema.js";
import {
  type EntryInfo,
  type Finding,
  type Group,
  REPORT_SCHEMA_VERSION,
  type Report,
  type ResolutionState,
  type UnknownTemplate,
} from "./report-schema.js";
import type { StreamedReport } from "./streamed-report.js";
import { summaryOf } from "./summarize.js";
import { unknownFromTemplates } from "./unknown-templates.js";

export interface ReportContext {
  tool: { name: string; version: string };
  catalog: { version: string; entries: readonly CatalogEntry[] };
  inputs: Report["inputs"];
  /** The diagnostics the report lists, in report order, and how many there were in all. */
  diagnostics: readonly Diagnostic[];
  diagnosticCount: number;
  canvasUrl?: string;
  /** Carry the success state that lets mergeReports resolve errors across shards exactly (and list every user). */
  mergeable?: boolean;
  /** List every affected user of a finding, not only the first LIMITS.usersListed. */
  allUsers?: boolean;
  /** The provisioning section, when the run was given SIS import inputs. */
  provisioning?: ProvisioningSection;
  /** Applied to each group as it is built, seeing every user: links passback findings to their provisioning causes. */
  decorateGroup?: (group: Group) => Group;
}

/**
 * Turn an aggregation into the report, its groups built only as they are read. It finishes the aggregation:
 * each group's state is let go of as soon as its group is built.
 */
export function streamReport(aggregation: Aggregation, context: ReportContext): StreamedReport {
  const resolution = context.mergeable ? resolutionOf(aggregation.successes()) : undefined;
  const oneInput = context.inputs.length <= 1;
  const unknown = unknownFromTemplates(aggregation.unexplained(), context.catalog.entries).map((template) =>
    oneInput ? withoutSources(template) : template,
  );
  const finished = aggregation.finish();
  const refs = [...finished.groups].sort(compareGroups);
  const usersListed = usersListedFor(context);
  const daily = context.mergeable === true;
  const entries = finished.entries.map((entry) => [entry.id, entryInfoOf(entry)] as const);
  const shape: FindingShape = {
    entryFixes: new Map(entries.map(([id, info]) => [id, JSON.stringify(info.fix)])),
    oneInput,
    sisOf: sisLookup(context.catalog.entries),
  };
  const report: StreamedReport = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: context.tool,
    catalog: { version: context.catalog.version },
    inputs: context.inputs,
    summary: summaryOf(aggregation.countsSoFar(), {
      groups: refs.length,
      unresolvedFindings: finished.unresolvedFindings,
      unresolvedGroups: finished.unresolvedGroups,
      diagnostics: context.diagnosticCount,
      recordsRead: context.inputs.reduce((sum, input) => sum + input.records, 0),
      tally: finished.tally,
    }),
    entries: Object.fromEntries(entries),
    ...(finished.timeline && { timeline: finished.timeline }),
    groups: (function* () {
      const decorate = context.decorateGroup;
      for (const ref of refs) {
        if (!decorate) yield toGroup(finished.read(ref, { usersListed, daily }), context.canvasUrl, shape);
        else {
          // A cause may be any affected student's, listed or not: decorate with all, then list the first few.
          const group = toGroup(
            finished.read(ref, { usersListed: Number.POSITIVE_INFINITY, daily }),
            context.canvasUrl,
            shape,
          );
          yield listUsers(decorate(group), usersListed);
        }
      }
    })(),
    unknown,
    diagnostics: [...context.diagnostics],
  };
  if (context.provisioning) report.provisioning = context.provisioning;
  if (resolution) report.resolution = resolution;
  return report;
}

/**
 * How many affected users each finding of a report lists: the first LIMITS.usersListed, or all with `allUsers`, and
 * all in a mergeable report (a merge decides students and resolution again from the users).
 */
export function usersListedFor(options: { allUsers?: boolean | undefined; mergeable?: boolean | undefined }): number {
  return options.allUsers === true || options.mergeable === true ? Number.POSITIVE_INFINITY : LIMITS.usersListed;
}

/** What every finding of a report is built with: its entries' fixes as they stand, and whether sources are named. */
interface FindingShape {
  /** Each entry's fix with its placeholders, as JSON: a finding whose fix reads the same leaves its own out. */
  entryFixes: ReadonlyMap<string, string>;
  oneInput: boolean;
  /** A catalog entry's SIS by id, for the SISes of an unexplained finding's candidates. */
  sisOf: (id: string) => string | undefined;
}

/** What a catalog entry says, for the report's `entries`. */
export function entryInfoOf(entry: CatalogEntry): EntryInfo {
  return {
    sis: entry.sis,
    title: entry.title,
    meaning: entry.meaning,
    wording: entry.provenance.message,
    severity: entry.severity,
    actsFirst: entry.actsFirst,
    escalation: { needed: entry.escalation.needed, to: entry.escalation.to ?? null, collect: entry.escalation.collect },
    fix: renderFix(entry, {}),
  };
}

function toGroup(group: AggregatedGroup, canvasUrl: string | undefined, shape: FindingShape): Group {
  return {
    course: { ...group.course, url: courseUrl(canvasUrl, group.course.id) },
    assignment: group.assignment,
    sis: group.sis,
    teacher: group.teacher,
    findings: group.findings.map((finding) => toFinding(finding, shape)).sort(compareFindings),
  };
}

function toFinding(finding: AggregatedFinding, shape: FindingShape): Finding {
  const { entry, users, captureValues } = finding;
  users.sort(compareUsers);
  const hasValues = captureValues !== null && Object.keys(captureValues).length > 0;
  const fix = entry && hasValues ? renderFix(entry, fixCaptures(captureValues)) : null;
  // Fields with nothing to say are left out.
  return orderedFinding({
    entry: entry ? { id: entry.id, sis: entry.sis, title: entry.title } : null,
    template: finding.template ?? undefined,
    alternatives: finding.alternatives.length > 0 ? finding.alternatives : undefined,
    candidates: finding.candidates.length > 0 ? finding.candidates : undefined,
    candidateSis: candidateSisOf(finding.candidates, shape.sisOf),
    severity: finding.severity,
    httpStatus: finding.httpStatus ?? undefined,
    count: finding.count,
    students: finding.students,
    firstSeen: finding.firstSeen,
    lastSeen: finding.lastSeen,
    daily: finding.daily ?? undefined,
    resolved: finding.resolved,
    undecided: finding.undecided ?? undefined,
    // A copy: the match's captures are shared with every other finding the same message explains.
    captures:
      finding.captures !== null && Object.keys(finding.captures).length > 0 ? { ...finding.captures } : undefined,
    captureValues: hasValues ? captureValues : undefined,
    fix: fix && JSON.stringify(fix) !== shape.entryFixes.get(entry?.id ?? "") ? fix : undefined,
    users,
    usersTotal: finding.usersTotal,
    examples: shape.oneInput ? finding.examples.map(withoutSource) : finding.examples,
    causes: undefined,
  });
}

function withoutSource<T extends { source?: string }>(example: T): T {
  if (example.source === undefined) return example;
  const { source: _, ...rest } = example;
  return rest as T;
}

function withoutSources(template: UnknownTemplate): UnknownTemplate {
  return {
    ...template,
    examples: template.examples.map(withoutSource),
    variants: template.variants.map((variant) => ({ ...variant, examples: variant.examples.map(withoutSource) })),
  };
}

/** The group with each finding's users cut to the first `usersListed` (they are in the report's order). */
function listUsers(group: Group, usersListed: number): Group {
  if (group.findings.every((finding) => finding.users.length <= usersListed)) return group;
  return {
    ...group,
    findings: group.findings.map((finding) => ({ ...finding, users: finding.users.slice(0, usersListed) })),
  };
}

/** Fix text names every value a capture took (e.g. all the sections), not only the first message's. */
export function fixCaptures(values: Record<string, CaptureValues>): Record<string, string> {
  const captures: Record<string, string> = {};
  for (const [name, known] of Object.entries(values)) captures[name] = describeCaptureValues(known);
  return captures;
}

function resolutionOf(successes: readonly GroupSuccesses[]): ResolutionState[] {
  return successes
    .map(({ course, assignment, sis, teacher, anySuccess, students }) => ({
      group: groupKey(course, assignment),
      anySuccess,
      students,
      // The names this shard first saw the group by: a merge names a group as one run over all shards would.
      fields: { courseName: course.name, assignmentName: assignment.name, sis, teacher },
    }))
    .sort((a, b) => compareText(a.group, b.group));
}

/** A catalog entry's SIS by id, its map built on the first call: most reports have no candidates at all. */
function sisLookup(entries: readonly CatalogEntry[]): (id: string) => string | undefined {
  let byId: Map<string, string> | null = null;
  return (id) => {
    byId ??= new Map(entries.map((entry) => [entry.id, entry.sis]));
    return byId.get(id);
  };
}
