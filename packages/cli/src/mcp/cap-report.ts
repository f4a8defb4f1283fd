import type { Finding, Group, Report } from "@sis/core";
import { z } from "zod";
import { capProvisioning } from "./cap-provisioning.js";

/** What the analyze tool returns at most, so that the result fits in an agent's context. */
export const REPORT_CAPS = {
  /** Groups (course + assignment), those with the most unresolved occurrences first. */
  groups: 10,
  /** Affected students listed per finding, as the report lists them (the finding still counts them all in `students`). */
  usersPerFinding: 3,
  /** Templates of unexplained errors, the most frequent first; each with its most frequent variants. */
  unknownTemplates: 10,
  variantsPerTemplate: 3,
  diagnostics: 20,
} as const;

/** The largest `maxGroups` an agent may ask for. */
export const MAX_GROUPS = 200;

export const Omitted = z
  .object({
    groups: z
      .number()
      .int()
      .describe(
        "Groups (course + assignment) that fit the narrowing but were left out, before and after this page; the kept ones come first by unresolved count",
      ),
    nextSkipGroups: z
      .number()
      .int()
      .nullable()
      .describe("The skipGroups of the next page; null when this page reaches the last group"),
    users: z.number().int().describe("Affected students left out of kept findings' `users` lists"),
    unknownTemplates: z.number().int().describe("Templates of unexplained errors left out"),
    unknownVariants: z.number().int().describe("Variants left out of kept templates"),
    diagnostics: z.number().int().describe("Diagnostics left out (the summary counts them all)"),
    provisioningFindings: z.number().int().describe("SIS import findings left out of files' lists"),
    provisioningObjects: z.number().int().describe("Courses, sections and users with SIS import findings left out"),
    howToGetAll: z.string().describe("How to see what was left out"),
  })
  .describe("What the capped report leaves out; all zero (nextSkipGroups null) when it is whole");
export type Omitted = z.infer<typeof Omitted>;

export const HOW_TO_GET_ALL =
  "Call `analyze` again with skipGroups set to the groups already read for the next page (maxGroups up to 200 a " +
  "page, as many as fit in 100,000 characters), narrowed to one `course`, one `entry` or the `unexplained` errors, or with onlyUnresolved; call " +
  "`escalation` with a course for " +
  "that course's whole note (every affected student and example); or run `gpb-analyze --format json FILE… > " +
  "report.json` for the whole report, the only way to every SIS import finding and object past the caps.";

/**
 * The report cut to the caps: groups ranked by how many unresolved errors they hold (then by all errors, then in
 * report order), user lists, unknown templates and diagnostics shortened. Counts in the summary and in each finding
 * stay those of the whole log.
 */
export function capReport(report: Report, maxGroups: number, skipGroups = 0): { report: Report; omitted: Omitted } {
  const ranked = report.groups
    .map((group, order) => ({ group, order, unresolved: occurrences(group, true), all: occurrences(group, false) }))
    .sort((a, b) => b.unresolved - a.unresolved || b.all - a.all || a.order - b.order);
  // A page of the ranking: the order is total (report order breaks ties), so pages never overlap or skip a group.
  const kept = ranked.slice(skipGroups, skipGroups + maxGroups).map(({ group }) => group);
  let users = 0;
  const groups = kept.map((group) => ({
    ...group,
    findings: group.findings.map((finding): Finding => {
      users += Math.max(0, finding.usersTotal - Math.min(finding.users.length, REPORT_CAPS.usersPerFinding));
      return { ...finding, users: finding.users.slice(0, REPORT_CAPS.usersPerFinding) };
    }),
  }));
  const unknown = report.unknown.slice(0, REPORT_CAPS.unknownTemplates);
  let unknownVariants = 0;
  const cappedUnknown = unknown.map((template) => {
    unknownVariants += Math.max(0, template.variants.length - REPORT_CAPS.variantsPerTemplate);
    return { ...template, variants: template.variants.slice(0, REPORT_CAPS.variantsPerTemplate) };
  });
  const provisioning = capProvisioning(report.provisioning);
  const omitted: Omitted = {
    groups: report.groups.length - groups.length,
    nextSkipGroups: skipGroups + groups.length < report.groups.length ? skipGroups + groups.length : null,
    users,
    unknownTemplates: report.unknown.length - unknown.length,
    unknownVariants,
    diagnostics: report.diagnostics.length - Math.min(report.diagnostics.length, REPORT_CAPS.diagnostics),
    provisioningFindings: provisioning.findings,
    provisioningObjects: provisioning.objects,
    howToGetAll: HOW_TO_GET_ALL,
  };
  // Days by entry are for charts: an agent asks about courses and errors, and the counts are in the findings.
  const { timeline: _, ...whole } = report;
  const named = new Set(groups.flatMap((group) => group.findings.flatMap((finding) => finding.entry?.id ?? [])));
  return {
    report: {
      ...whole,
      entries: Object.fromEntries(Object.entries(report.entries).filter(([id]) => named.has(id))),
      groups,
      unknown: cappedUnknown,
      diagnostics: report.diagnostics.slice(0, REPORT_CAPS.diagnostics),
      ...(provisioning.section && { provisioning: provisioning.section }),
    },
    omitted,
  };
}

export function omitsAnything(omitted: Omitted): boolean {
  return (
    omitted.groups +
      omitted.users +
      omitted.unknownTemplates +
      omitted.unknownVariants +
      omitted.diagnostics +
      omitted.provisioningFindings +
      omitted.provisioningObjects >
    0
  );
}

function occurrences(group: Group, unresolvedOnly: boolean): number {
  return group.findings.reduce((sum, f) => sum + (unresolvedOnly && f.resolved ? 0 : f.count), 0);
}
