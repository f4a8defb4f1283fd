import type { CatalogProblem } from "../errors.js";
import { formatJsonPath } from "./json-path.js";
import { problem } from "./problem.js";

/** The word `catalog new` puts in every field a maintainer must write; no real message or fix says it. */
export const TODO_MARKER = "TODO";
const MARKER = new RegExp(`\\b${TODO_MARKER}\\b`);

/** Every string of a parsed entry file that still holds the marker, each at its JSON path. */
export function checkTodo(file: string, json: unknown): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === "string") {
      if (MARKER.test(value)) {
        problems.push(problem(file, formatJsonPath(path), "todo-left", `replace the placeholder: ${value}`));
      }
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) visit(item, [...path, i]);
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(json, []);
  return problems;
}
