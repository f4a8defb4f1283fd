import { type Finding, formatCount, type Group, plural, type Report } from "@sis/core";
import { z } from "zod";
import { closestIds } from "../catalog/closest-ids.js";
import { UsageError } from "../usage-error.js";
import { expects } from "./argument-error.js";
import { groupsOfCourse } from "./course-match.js";

/** What an agent may narrow an analysis to: one course, and the findings of one entry or of none. */
export const NarrowInput = {
  course: z
    .string(expects("a course id or name, as text"))
    .optional()
    .describe("Only this course's groups: its id or name, as the result shows them (as `escalation` takes it)"),
  entry: z
    .string(expects("the id of a catalog entry"))
    .optional()
    .describe("Only the findings this catalog entry explains (its id, as in `entries` or `catalog_search`)"),
  unexplained: z
    .boolean(expects("true or false"))
    .optional()
    .describe("Only the errors no catalog entry explains: their findings and the unexplained templates"),
};

export interface Narrowing {
  course?: string | undefined;
  entry?: string | undefined;
  unexplained?: boolean | undefined;
}

export const Narrowed = z
  .object({
    course: z.string().nullable().describe("The course asked for, as given"),
    entry: z.string().nullable().describe("The entry asked for"),
    unexplained: z.boolean().describe("Only the errors no entry explains were asked for"),
    groups: z.number().int().describe("Groups that fit, of the whole log's `summary.groups`"),
    findings: z.number().int().describe("Findings in those groups that fit"),
    errors: z.number().int().describe("Errors and warnings those findings count, of the whole log's in `summary`"),
  })
  .nullable()
  .describe("What the report was narrowed to; null when it covers the whole log. The summary counts the whole log");
export type Narrowed = z.infer<typeof Narrowed>;

/** How many entries a refusal names before it says how many more there are. */
const ENTRIES_NAMED = 10;

/**
 * The report cut to what the agent asked for: groups of one course, findings of one entry or of none (then the
 * unexplained templates those findings belong to). The summary, the diagnostics and the SIS import section stay
 * the whole log's. Narrowing to nothing is refused with what there is, so an empty result is never taken for
 * "no errors".
 */
export function narrowReport(
  report: Report,
  narrowing: Narrowing,
  entryIds: readonly string[],
): { report: Report; narrowed: Narrowed } {
  const { course, entry, unexplained = false } = narrowing;
  if (course === undefined && entry === undefined && !unexplained) return { report, narrowed: null };
  if (entry !== undefined && unexplained) {
    throw new UsageError(`expected \`entry\` or \`unexplained\`, got both (entry "${entry}")`);
  }
  if (entry !== undefined && !entryIds.includes(entry)) {
    const close = closestIds(entry, entryIds, 3);
    const hint = close.length > 0 ? `did you mean ${close.join(", ")}? ` : "";
    throw new UsageError(
      `expected the id of a catalog entry as \`entry\`, got "${entry}"; ${hint}call catalog_search to find one`,
    );
  }
  const ofCourse = course === undefined ? report.groups : groupsOfCourse(report.groups, course);
  const keep = (finding: Finding) => (unexplained ? finding.entry === null : finding.entry?.id === entry);
  const groups =
    entry === undefined && !unexplained
      ? ofCourse
      : ofCourse.flatMap((group): Group[] => {
          const findings = group.findings.filter(keep);
          return findings.length > 0 ? [{ ...group, findings }] : [];
        });
  const where = course === undefined ? "this log" : `course "${course}"`;
  if (groups.length === 0) {
    throw new UsageError(
      unexplained
        ? `expected errors no catalog entry explains in ${where}, got none: every error of ${where} is explained`
        : `expected findings of entry "${entry}" in ${where}, got none; ${entriesWithFindings(ofCourse, where)}`,
    );
  }
  const findings = groups.flatMap((group) => group.findings);
  const templates = new Set(findings.flatMap((finding) => (finding.entry === null ? (finding.template ?? []) : [])));
  const unknown =
    course === undefined && entry === undefined
      ? report.unknown
      : report.unknown.filter((template) => template.variants.some((variant) => templates.has(variant.template)));
  return {
    report: { ...report, groups, unknown },
    narrowed: {
      course: course ?? null,
      entry: entry ?? null,
      unexplained,
      groups: groups.length,
      findings: findings.length,
      errors: findings.reduce((sum, finding) => sum + finding.count, 0),
    },
  };
}

/** The line that tells an agent what it narrowed to, beside the summary line of the whole log. */
export function narrowedLine(narrowed: NonNullable<Narrowed>, summary: Report["summary"]): string {
  const to = [
    ...(narrowed.course === null ? [] : [`course "${narrowed.course}"`]),
    ...(narrowed.entry === null ? [] : [`entry ${narrowed.entry}`]),
    ...(narrowed.unexplained ? ["errors no catalog entry explains"] : []),
  ];
  // Findings count warnings too, so the whole log's figure beside them must as well.
  const problems = summary.warnings > 0 ? "errors and warnings" : "errors";
  return (
    `Narrowed to ${to.join(", ")}: ${formatCount(narrowed.groups)} of ` +
    `${plural(summary.groups, "group")}, ${formatCount(narrowed.errors)} of ` +
    `${formatCount(summary.errors + summary.warnings)} ${problems} (the summary above counts the whole log).`
  );
}

function entriesWithFindings(groups: readonly Group[], where: string): string {
  const ids = [...new Set(groups.flatMap((group) => group.findings.flatMap((finding) => finding.entry?.id ?? [])))];
  if (ids.length === 0) return `no catalog entry explains an error of ${where}`;
  const more = ids.length > ENTRIES_NAMED ? `, and ${ids.length - ENTRIES_NAMED} more` : "";
  return `entries with findings in ${where}: ${ids.slice(0, ENTRIES_NAMED).join(", ")}${more}`;
}
