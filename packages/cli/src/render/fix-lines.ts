import { Actor, type Fix, type Report } from "@sis/core";
import { fixesOf } from "../view/fixes.js";
import type { Row } from "../view/sections.js";
import { ACTOR_LABELS, WORDING_LABELS } from "./labels.js";
import type { Paint } from "./paint.js";
import { wrapIndented } from "./wrap-text.js";

/**
 * Under a table, per explained error: what it means, how sure its wording is, and the steps per person in the
 * order support reaches them, each wrapped under its number.
 */
export function fixLines(report: Pick<Report, "entries">, rows: readonly Row[], paint: Paint, width: number): string[] {
  return fixesOf(report, rows).flatMap(({ wording, ...shown }) =>
    fixBlock({ ...shown, wording: WORDING_LABELS[wording] }, paint, width, ""),
  );
}

/** One fix under a table, indented by `indent` more than a passback table's: title, meaning, wording, steps. */
export function fixBlock(
  { title, meaning, wording, fix }: { title: string; meaning: string; wording: string; fix: Fix },
  paint: Paint,
  width: number,
  indent: string,
): string[] {
  const pad = (extra: number) => `${indent}${" ".repeat(extra)}`;
  const lines = [...wrapIndented(`Fix: ${title}`, width, pad(2), pad(7)).map(paint.bold)];
  lines.push(...wrapIndented(meaning, width, `${pad(4)}${paint.dim("Means:")} `, pad(11)));
  if (wording) lines.push(...wrapIndented(wording, width, `${pad(4)}${paint.dim("Wording:")} `, pad(13)));
  for (const actor of Actor.options) {
    const steps = fix[actor];
    if (!steps) continue;
    lines.push(`${pad(4)}${paint.dim(`${ACTOR_LABELS[actor]}:`)}`);
    for (const [i, step] of steps.entries()) lines.push(...wrapIndented(step, width, `${pad(6)}${i + 1}. `));
  }
  return lines;
}
