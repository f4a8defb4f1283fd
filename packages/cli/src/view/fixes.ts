import type { Finding, Fix } from "@sis/core";
import type { Row } from "./sections.js";

/** What a catalog entry says about a finding: what it means, how sure its wording is, and the fix per person. */
export interface FixToShow {
  title: string;
  meaning: string;
  wording: Wording;
  fix: Fix;
}

export type Wording = NonNullable<Finding["entry"]>["wording"];

/**
 * The distinct fixes for a set of rows: an entry's fix once, unless its captures make the text differ (another
 * column name, another section), because then each text tells someone something different.
 */
export function fixesOf(rows: readonly Row[]): FixToShow[] {
  const seen = new Map<string, FixToShow>();
  for (const { finding } of rows) {
    const { entry, fix } = finding;
    if (!entry || !fix) continue;
    const key = `${entry.id}\u0000${JSON.stringify(fix)}`;
    if (!seen.has(key)) seen.set(key, { title: entry.title, meaning: entry.meaning, wording: entry.wording, fix });
  }
  return [...seen.values()];
}
