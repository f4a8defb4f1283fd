import type { Counts } from "../aggregate/aggregated.js";
import type { Group, Summary } from "./report-schema.js";

export function summarize(counts: Counts, groups: readonly Group[], diagnostics: number): Summary {
  const unresolved = groups.reduce((sum, group) => sum + group.findings.filter((f) => !f.resolved).length, 0);
  return summaryOf(counts, { groups: groups.length, unresolvedFindings: unresolved }, diagnostics);
}

/** The summary from counts alone, for a report whose groups are not built yet. */
export function summaryOf(
  counts: Counts,
  findings: { groups: number; unresolvedFindings: number },
  diagnostics: number,
): Summary {
  const explained = counts.matched + counts.unknown;
  return {
    ...counts,
    diagnostics,
    coverage: explained === 0 ? null : Math.round((counts.matched / explained) * 10_000) / 10_000,
    ...findings,
  };
}
