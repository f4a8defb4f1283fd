import { Actor, type CatalogEntry } from "@sis/core";
import { ACTOR_LABELS } from "./labels.js";

/** A catalog entry as plain text for a terminal: what it means, who fixes it and how, and where it comes from. */
export function renderEntry(entry: CatalogEntry): string {
  const escalation = entry.escalation.needed
    ? `escalate to ${ACTOR_LABELS[entry.escalation.to ?? entry.actsFirst]}`
    : "no escalation needed";
  const lines = [
    `${entry.title} (${entry.id})`,
    `SIS: ${entry.sis} · severity: ${entry.severity} · acts first: ${ACTOR_LABELS[entry.actsFirst]} · ${escalation}`,
    `Matches: /${entry.match.pattern}/${entry.match.flags}${entry.match.httpStatus ? ` (HTTP ${entry.match.httpStatus})` : ""}`,
    "",
    "Meaning:",
    `  ${entry.meaning}`,
    "",
    "Fix:",
  ];
  for (const actor of Actor.options) {
    const steps = entry.fix[actor];
    if (steps) lines.push(`  ${ACTOR_LABELS[actor]}:`, ...steps.map((step) => `    - ${step}`));
  }
  lines.push("", `Source: ${entry.provenance.source} (message ${entry.provenance.message})`);
  lines.push("Example:", `  ${entry.samples.match[0]?.line ?? ""}`);
  return `${lines.join("\n")}\n`;
}
