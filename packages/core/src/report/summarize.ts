import type { Counts, Tally } from "../aggregate/aggregated.js";
import type { Group, Report, Summary } from "./report-schema.js";

/** What the summary is made from besides the counts by status. */
export interface SummaryParts {
  groups: number;
  unresolvedFindings: number;
  unresolvedGroups: number;
  diagnostics: number;
  /** Records the inputs' readers produced. */
  recordsRead: number;
  tally: Tally;
}

/** The summary of a report whose groups are all built (a merged report). */
export function summarize(
  counts: Counts,
  report: Pick<Report, "groups" | "unknown" | "inputs">,
  diagnostics: number,
): Summary {
  let unresolvedFindings = 0;
  let unresolvedGroups = 0;
  let inFindings = 0;
  for (const group of report.groups as readonly Group[]) {
    const before = unresolvedFindings;
    for (const finding of group.findings) {
      inFindings += finding.count;
      if (!finding.resolved) unresolvedFindings++;
    }
    if (unresolvedFindings > before) unresolvedGroups++;
  }
  const inTemplates = report.unknown.reduce((sum, template) => sum + template.count, 0);
  return summaryOf(counts, {
    groups: report.groups.length,
    unresolvedFindings,
    unresolvedGroups,
    diagnostics,
    recordsRead: report.inputs.reduce((sum, input) => sum + input.records, 0),
    tally: { inFindings, inTemplates },
  });
}

/**
 * The summary from counts alone, for a report whose groups are not built yet. Its accounting says whether every
 * record the inputs produced was counted by status, and every error and warning is in one finding (and each
 * unexplained one in one template): nothing a log says may fall out of the report unseen.
 */
export function summaryOf(counts: Counts, parts: SummaryParts): Summary {
  const explained = counts.matched + counts.unknown;
  const { recordsRead, tally } = parts;
  const balanced =
    recordsRead === counts.records &&
    counts.records === counts.errors + counts.warnings + counts.successes + counts.info &&
    counts.errors + counts.warnings === explained &&
    tally.inFindings === explained &&
    tally.inTemplates === counts.unknown;
  return {
    ...counts,
    diagnostics: parts.diagnostics,
    coverage: explained === 0 ? null : Math.round((counts.matched / explained) * 10_000) / 10_000,
    groups: parts.groups,
    unresolvedFindings: parts.unresolvedFindings,
    unresolvedGroups: parts.unresolvedGroups,
    accounting: { recordsRead, inFindings: tally.inFindings, inTemplates: tally.inTemplates, balanced },
  };
}
