import { Actor } from "@sis/core";
import { fixesOf } from "../view/fixes.js";
import type { Row } from "../view/sections.js";
import { ACTOR_LABELS, WORDING_LABELS } from "./labels.js";
import type { Paint } from "./paint.js";
import { wrapIndented } from "./wrap-text.js";

/**
 * Under a table, per explained error: what it means, how sure its wording is, and the steps per person in the
 * order support reaches them, each wrapped under its number.
 */
export function fixLines(rows: readonly Row[], paint: Paint, width: number): string[] {
  const lines: string[] = [];
  for (const { title, meaning, wording, fix } of fixesOf(rows)) {
    lines.push(...wrapIndented(`Fix: ${title}`, width, "  ", "       ").map(paint.bold));
    lines.push(...wrapIndented(meaning, width, `    ${paint.dim("Means:")} `, "           "));
    lines.push(...wrapIndented(WORDING_LABELS[wording], width, `    ${paint.dim("Wording:")} `, "             "));
    for (const actor of Actor.options) {
      const steps = fix[actor];
      if (!steps) continue;
      lines.push(`    ${paint.dim(`${ACTOR_LABELS[actor]}:`)}`);
      for (const [i, step] of steps.entries()) lines.push(...wrapIndented(step, width, `      ${i + 1}. `));
    }
  }
  return lines;
}
