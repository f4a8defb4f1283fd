import { visitRegExpAST } from "@eslint-community/regexpp";
import type { Pattern } from "@eslint-community/regexpp/ast";
import type { CatalogProblem } from "../errors.js";
import type { CatalogEntry } from "./entry-schema.js";
import { problem } from "./problem.js";

/** The named groups of a parsed pattern, in order of appearance. */
export function namedGroups(ast: Pattern): string[] {
  const names: string[] = [];
  visitRegExpAST(ast, {
    onCapturingGroupEnter(group) {
      if (group.name !== null && !names.includes(group.name)) names.push(group.name);
    },
  });
  return names;
}

/** `match.captures` documents the pattern's named groups; fix placeholders and samples rely on the list. */
export function checkCaptures(file: string, entry: CatalogEntry, ast: Pattern): CatalogProblem[] {
  const groups = namedGroups(ast);
  const declared = entry.match.captures;
  const undeclared = groups.filter((name) => !declared.includes(name));
  const missing = declared.filter((name) => !groups.includes(name));
  if (undeclared.length === 0 && missing.length === 0) return [];
  const parts = [
    undeclared.length > 0 ? `named groups not declared: ${undeclared.join(", ")}` : "",
    missing.length > 0 ? `declared but not in the pattern: ${missing.join(", ")}` : "",
  ].filter((part) => part !== "");
  return [problem(file, "match.captures", "captures-mismatch", parts.join("; "))];
}
