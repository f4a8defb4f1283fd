import { entryOf, type Fix, fixOf, type Report, type Wording } from "@sis/core";
import type { Row } from "./sections.js";

export type { Wording };

/** What a catalog entry says about a finding: what it means, how sure its wording is, and the fix per person. */
export interface FixToShow {
  title: string;
  meaning: string;
  wording: Wording;
  fix: Fix;
}

/**
 * The distinct fixes for a set of rows: an entry's fix once, unless its captures make the text differ (another
 * column name, another section), because then each text tells someone something different.
 */
export function fixesOf(report: Pick<Report, "entries">, rows: readonly Row[]): FixToShow[] {
  const seen = new Map<string, FixToShow>();
  for (const { finding } of rows) {
    const entry = entryOf(report, finding);
    const fix = fixOf(report, finding);
    if (!finding.entry || !entry || !fix) continue;
    const key = `${finding.entry.id}\u0000${JSON.stringify(fix)}`;
    if (!seen.has(key)) seen.set(key, { title: entry.title, meaning: entry.meaning, wording: entry.wording, fix });
  }
  return [...seen.values()];
}
