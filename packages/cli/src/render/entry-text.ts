import { Actor, type CatalogEntry, causedBy, effectsOf, type PassbackEffect } from "@sis/core";
import { ACTOR_LABELS } from "./labels.js";
import { wrapIndented } from "./wrap-text.js";

/**
 * A catalog entry as plain text: what it means, who fixes it and how, and where it comes from. For a terminal, prose
 * is wrapped to `width` (continuations indented under their text); without one (an agent's tool result), not at all.
 */
export function renderEntry(entry: CatalogEntry, width = Number.POSITIVE_INFINITY): string {
  const escalation = entry.escalation.needed
    ? `escalate to ${ACTOR_LABELS[entry.escalation.to ?? entry.actsFirst]}`
    : "no escalation needed";
  const wrap = (text: string, first = "", rest = first): string[] =>
    Number.isFinite(width) ? wrapIndented(text, width, first, rest) : [`${first}${text}`];
  // A pattern or a URL is copied whole: one too long for the line goes whole on the next line, never broken.
  const whole = (label: string, token: string): string[] =>
    label.length + 1 + token.length <= width ? [`${label} ${token}`] : [label, `  ${token}`];
  const lines = [
    ...wrap(`${entry.title} (${entry.id})`),
    ...wrap(
      `SIS: ${entry.sis} · severity: ${entry.severity} · acts first: ${ACTOR_LABELS[entry.actsFirst]} · ${escalation}`,
    ),
    ...whole("Matches:", `/${entry.match.pattern}/${entry.match.flags}`),
    ...(entry.match.httpStatus ? [`HTTP status: ${entry.match.httpStatus}`] : []),
    ...wrap(linkLine(entry)),
    "",
    "Meaning:",
    ...wrap(entry.meaning, "  "),
    "",
    "Fix:",
  ];
  for (const actor of Actor.options) {
    const steps = entry.fix[actor];
    if (steps) lines.push(`  ${ACTOR_LABELS[actor]}:`, ...steps.flatMap((step) => wrap(step, "    - ", "      ")));
  }
  lines.push("", `Wording: ${entry.provenance.message}`, ...whole("Source:", entry.provenance.source));
  lines.push("Example:", ...wrap(entry.samples.match[0]?.line ?? "", "  "));
  return `${lines.join("\n")}\n`;
}

const EFFECT_LABELS = {
  roster: "the roster (a user, enrollment, section or course missing, or known by another id)",
  dates: "the dates (a term or a date not applied)",
} satisfies Record<PassbackEffect, string>;

/** Which SIS import problems a passback error is linked to as causes, or what an import problem breaks for passback. */
function linkLine(entry: CatalogEntry): string {
  const provisioning = entry.domain === "provisioning";
  const effects = provisioning ? effectsOf(entry) : causedBy(entry);
  if (effects.length === 0) {
    return provisioning
      ? "Breaks nothing grade passback relies on"
      : "Never linked to an SIS import problem as its cause";
  }
  const what = effects.map((effect) => EFFECT_LABELS[effect]).join(" or ");
  return provisioning ? `Breaks for grade passback: ${what}` : `Linked to SIS import problems that break ${what}`;
}
