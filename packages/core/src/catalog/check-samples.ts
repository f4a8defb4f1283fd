import type { CatalogProblem } from "../errors.js";
import { namedCaptures } from "./compile-pattern.js";
import type { CatalogEntry } from "./entry-schema.js";
import { problem } from "./problem.js";
import { sampleText } from "./sample-text.js";

/**
 * Samples checked both ways: each match sample must match, yield exactly its captures and contain the prefilter
 * literal (otherwise the matcher would skip the line before trying the regex); no noMatch sample may match.
 */
export function checkSamples(file: string, entry: CatalogEntry, regex: RegExp): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const literal = entry.match.literal.toLowerCase();
  entry.samples.match.forEach((sample, index) => {
    const at = `samples.match[${index}]`;
    if (!sample.line.toLowerCase().includes(literal)) {
      problems.push(
        problem(
          file,
          `${at}.line`,
          "literal-missing",
          `the line does not contain the literal "${entry.match.literal}"`,
        ),
      );
    }
    const match = regex.exec(sampleText(sample.line));
    if (!match) {
      problems.push(problem(file, `${at}.line`, "sample-not-matched", "the pattern does not match this line"));
      return;
    }
    problems.push(...compareCaptures(file, at, sample.captures, namedCaptures(match)));
  });
  entry.samples.noMatch.forEach((line, index) => {
    if (regex.test(sampleText(line))) {
      problems.push(
        problem(
          file,
          `samples.noMatch[${index}]`,
          "no-match-sample-matched",
          "the pattern matches this near-miss line",
        ),
      );
    }
  });
  return problems;
}

function compareCaptures(
  file: string,
  at: string,
  expected: Readonly<Record<string, string>>,
  actual: Readonly<Record<string, string>>,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  for (const [name, value] of Object.entries(expected)) {
    const got = actual[name];
    if (got !== value) {
      const yielded = got === undefined ? "nothing" : JSON.stringify(got);
      problems.push(
        problem(
          file,
          `${at}.captures.${name}`,
          "sample-captures",
          `expected ${JSON.stringify(value)}, the pattern yields ${yielded}`,
        ),
      );
    }
  }
  for (const [name, value] of Object.entries(actual)) {
    if (!(name in expected)) {
      problems.push(
        problem(
          file,
          `${at}.captures.${name}`,
          "sample-captures",
          `the pattern yields ${JSON.stringify(value)}, which the sample does not declare`,
        ),
      );
    }
  }
  return problems;
}
