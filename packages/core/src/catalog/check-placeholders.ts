import type { CatalogProblem } from "../errors.js";
import { Actor, type CatalogEntry } from "./entry-schema.js";
import { problem } from "./problem.js";

const PLACEHOLDER = /\{([^{}\s]*)\}/g;

/** A placeholder that names no capture would reach the reader as a literal `{name}`; catch it at review time. */
export function checkPlaceholders(file: string, entry: CatalogEntry): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const actor of Actor.options) {
    entry.fix[actor]?.forEach((step, index) => {
      for (const [, name = ""] of step.matchAll(PLACEHOLDER)) {
        if (!entry.match.captures.includes(name)) {
          problems.push(
            problem(file, `fix.${actor}[${index}]`, "placeholder-unknown", `{${name}} is not a declared capture`),
          );
        }
      }
    });
  }
  return problems;
}
