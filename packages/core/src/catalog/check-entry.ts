import type { CatalogProblem } from "../errors.js";
import { checkCaptures } from "./check-captures.js";
import { checkIdentity } from "./check-identity.js";
import { checkPlaceholders } from "./check-placeholders.js";
import { checkRedos } from "./check-redos.js";
import { checkSamples } from "./check-samples.js";
import { patternOf } from "./compile-pattern.js";
import type { CatalogEntry } from "./entry-schema.js";
import { parsePatternAst } from "./pattern-ast.js";
import { problem } from "./problem.js";

export interface CheckedEntry {
  /** The compiled pattern, or null when it does not compile (then the cross-entry check skips the entry). */
  regex: RegExp | null;
  problems: CatalogProblem[];
}

/** Every check that needs only the entry itself; all of them run, so one pass reports everything. */
export function checkEntry(file: string, entry: CatalogEntry): CheckedEntry {
  const problems = [...checkIdentity(file, entry), ...checkPlaceholders(file, entry)];
  const compiled = patternOf(entry);
  const ast = parsePatternAst(entry.match.pattern, entry.match.flags);
  if (typeof compiled === "string" || ast === null) {
    const reason = typeof compiled === "string" ? compiled : "regexpp cannot parse the pattern";
    problems.push(problem(file, "match.pattern", "regex-invalid", `the pattern does not compile: ${reason}`));
    return { regex: null, problems };
  }
  problems.push(
    ...checkCaptures(file, entry, ast),
    ...checkRedos(file, entry, ast),
    ...checkSamples(file, entry, compiled),
  );
  return { regex: compiled, problems };
}
