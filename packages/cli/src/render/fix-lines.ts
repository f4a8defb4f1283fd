import { Actor } from "@sis/core";
import { fixesOf } from "../view/fixes.js";
import type { Row } from "../view/sections.js";
import { ACTOR_LABELS } from "./labels.js";
import type { Paint } from "./paint.js";
import { wrapIndented } from "./wrap-text.js";

/** The steps per person under a table, in the order support reaches them, each wrapped under its number. */
export function fixLines(rows: readonly Row[], paint: Paint, width: number): string[] {
  const lines: string[] = [];
  for (const { title, fix } of fixesOf(rows)) {
    lines.push(...wrapIndented(`Fix: ${title}`, width, "  ", "       ").map(paint.bold));
    for (const actor of Actor.options) {
      const steps = fix[actor];
      if (!steps) continue;
      lines.push(`    ${paint.dim(`${ACTOR_LABELS[actor]}:`)}`);
      for (const [i, step] of steps.entries()) lines.push(...wrapIndented(step, width, `      ${i + 1}. `));
    }
  }
  return lines;
}
