import { RegExpParser } from "@eslint-community/regexpp";
import type { Pattern } from "@eslint-community/regexpp/ast";

/** Parse a pattern into regexpp's AST, the basis of the capture and ReDoS checks; null when it does not parse. */
export function parsePatternAst(pattern: string, flags: string): Pattern | null {
  try {
    return new RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern, 0, pattern.length, {
      unicode: flags.includes("u"),
      unicodeSets: flags.includes("v"),
    });
  } catch {
    return null;
  }
}
