import type { Fix } from "@sis/core";
import { type ProvisioningFinding, provisioningLabel, wordingOf } from "./labels.js";

/** What a provisioning finding's fix shows: its title, meaning, how sure the words are, the steps per person. */
export interface ProvisioningFix {
  title: string;
  meaning: string;
  wording: string;
  fix: Fix;
}

/** The distinct fixes of a file's findings (an entry's fix once unless its filled-in values differ). */
export function provisioningFixes(findings: readonly ProvisioningFinding[]): ProvisioningFix[] {
  const seen = new Map<string, ProvisioningFix>();
  for (const finding of findings) {
    if (!finding.fix) continue;
    const meaning = finding.entry?.meaning ?? finding.silent?.meaning ?? "";
    const key = `${provisioningLabel(finding)}\u0000${JSON.stringify(finding.fix)}`;
    if (!seen.has(key)) {
      seen.set(key, { title: provisioningLabel(finding), meaning, wording: wordingOf(finding), fix: finding.fix });
    }
  }
  return [...seen.values()];
}
