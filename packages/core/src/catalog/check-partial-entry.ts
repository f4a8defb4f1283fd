import type { CatalogProblem } from "../errors.js";
import { checkIdentity } from "./check-identity.js";
import { checkRedos } from "./check-redos.js";
import { parsePatternAst } from "./pattern-ast.js";
import { problem } from "./problem.js";

/**
 * The checks that can still run on a file that fails the schema: its id and folder, whether its pattern compiles,
 * and whether the pattern is ReDoS-prone. A contributor then sees every problem of a broken entry in one run,
 * not the schema's first and the dangerous regex only after fixing a typo elsewhere.
 */
export function checkPartialEntry(file: string, json: unknown): CatalogProblem[] {
  if (!isObject(json)) return [];
  const id = typeof json.id === "string" ? json.id : undefined;
  const problems: CatalogProblem[] = [];
  if (id !== undefined && typeof json.sis === "string") problems.push(...checkIdentity(file, { id, sis: json.sis }));
  const match = isObject(json.match) ? json.match : undefined;
  if (typeof match?.pattern !== "string") return problems;
  const flags = typeof match.flags === "string" && /^[imsu]*$/.test(match.flags) ? match.flags : "i";
  try {
    new RegExp(match.pattern, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push(problem(file, "match.pattern", "regex-invalid", `the pattern does not compile: ${reason}`));
    return problems;
  }
  const ast = parsePatternAst(match.pattern, flags);
  if (ast !== null) problems.push(...checkRedos(file, { id: id ?? file, match: { flags } }, ast));
  return problems;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
