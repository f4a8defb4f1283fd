import { visitRegExpAST } from "@eslint-community/regexpp";
import type { Alternative, Node, Pattern, Quantifier } from "@eslint-community/regexpp/ast";
import type { CatalogProblem } from "../errors.js";
import type { CatalogEntry } from "./entry-schema.js";
import { sequenceFirstChars } from "./first-chars.js";
import { problem } from "./problem.js";

/**
 * Refuse the two shapes that make a backtracking engine super-linear on a long non-matching line: a repeated group
 * that contains an unbounded quantifier, and an unbounded repetition of alternatives that can start with the same
 * character. Log lines are untrusted input, so one such pattern could stall every analysis.
 */
export function checkRedos(
  file: string,
  entry: Pick<CatalogEntry, "id"> & { match: Pick<CatalogEntry["match"], "flags"> },
  ast: Pattern,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  visitRegExpAST(ast, {
    onQuantifierEnter(quantifier) {
      if (quantifier.max > 1) {
        const inner = findInnerUnbounded(quantifier.element);
        if (inner) {
          problems.push(
            problem(
              file,
              "match.pattern",
              "redos-nested-quantifier",
              `${entry.id}: nested quantifier: ${quantifier.raw} repeats ${inner.raw} and can backtrack exponentially`,
            ),
          );
        }
      }
      if (quantifier.max === Number.POSITIVE_INFINITY) {
        const overlap = findOverlappingAlternation(quantifier, entry.match.flags);
        if (overlap) {
          problems.push(
            problem(
              file,
              "match.pattern",
              "redos-overlapping-alternation",
              `${entry.id}: overlapping alternation: in ${quantifier.raw} the branches ${overlap.left} and ${overlap.right} can both start with ${JSON.stringify(overlap.char)}, so the repetition can backtrack exponentially`,
            ),
          );
        }
      }
    },
  });
  return problems;
}

function findInnerUnbounded(node: Node): Quantifier | null {
  let found: Quantifier | null = null;
  visitRegExpAST(node, {
    onQuantifierEnter(inner) {
      if (!found && inner.max === Number.POSITIVE_INFINITY) found = inner;
    },
  });
  return found;
}

interface Overlap {
  left: string;
  right: string;
  char: string;
}

function findOverlappingAlternation(quantifier: Quantifier, flags: string): Overlap | null {
  const disjunctions: Alternative[][] = [];
  visitRegExpAST(quantifier.element, {
    onGroupEnter(group) {
      if (group.alternatives.length > 1) disjunctions.push(group.alternatives);
    },
    onCapturingGroupEnter(group) {
      if (group.alternatives.length > 1) disjunctions.push(group.alternatives);
    },
  });
  for (const alternatives of disjunctions) {
    const firsts = alternatives.map((alternative) => sequenceFirstChars(alternative.elements, flags).chars);
    for (let i = 0; i < alternatives.length; i++) {
      for (let j = i + 1; j < alternatives.length; j++) {
        const shared = [...(firsts[i] ?? [])].find((char) => firsts[j]?.has(char));
        if (shared !== undefined) {
          return { left: alternatives[i]?.raw ?? "", right: alternatives[j]?.raw ?? "", char: shared };
        }
      }
    }
  }
  return null;
}
