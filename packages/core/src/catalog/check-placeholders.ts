import type { CatalogProblem } from "../errors.js";
import { Actor, type CatalogEntry } from "./entry-schema.js";
import { problem } from "./problem.js";

const PLACEHOLDER = /\{([^{}\s]*)\}/g;

/**
 * A placeholder that names no capture would reach the reader as a literal `{name}`; catch it at review time. Only
 * fix steps are filled per finding: the title and meaning are the entry's, written once in a report's `entries`.
 */
export function checkPlaceholders(file: string, entry: CatalogEntry): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const field of ["title", "meaning"] as const) {
    const found = entry[field].match(PLACEHOLDER)?.find((text) => entry.match.captures.includes(text.slice(1, -1)));
    if (found !== undefined) {
      problems.push(
        problem(
          file,
          field,
          "placeholder-in-meaning",
          `${found} is only filled in fix steps; say in words what the message names`,
        ),
      );
    }
  }
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
