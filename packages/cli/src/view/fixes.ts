import type { Fix } from "@sis/core";
import type { Row } from "./sections.js";

export interface FixToShow {
  title: string;
  fix: Fix;
}

/**
 * The distinct fixes for a set of rows: an entry's fix once, unless its captures make the text differ (another
 * column name, another section), because then each text tells someone something different.
 */
export function fixesOf(rows: readonly Row[]): FixToShow[] {
  const seen = new Map<string, FixToShow>();
  for (const { finding } of rows) {
    if (!finding.entry || !finding.fix) continue;
    const key = `${finding.entry.id}\u0000${JSON.stringify(finding.fix)}`;
    if (!seen.has(key)) seen.set(key, { title: finding.entry.title, fix: finding.fix });
  }
  return [...seen.values()];
}
