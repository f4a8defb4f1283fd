import type { Counts } from "../aggregate/accumulator.js";
import type { Group, Summary } from "./report-schema.js";

export function summarize(counts: Counts, groups: readonly Group[], diagnostics: number): Summary {
  const explained = counts.matched + counts.unknown;
  return {
    ...counts,
    diagnostics,
    coverage: explained === 0 ? null : Math.round((counts.matched / explained) * 10_000) / 10_000,
    groups: groups.length,
    unresolvedFindings: groups.reduce(
      (sum, group) => sum + group.findings.filter((finding) => !finding.resolved).length,
      0,
    ),
  };
}
