import { describe, expect, it } from "vitest";
import { sourceOf, validEntry } from "./test-support.js";
import { validateCatalog } from "./validate-catalog.js";

function redosProblems(pattern: string, line = "xyz") {
  const entry = validEntry({
    id: "aspen-risky",
    match: { pattern, literal: line.slice(0, 4) },
    fix: { teacher: ["Fix it."] },
    samples: { match: [{ line }], noMatch: ["-"] },
  });
  return validateCatalog([sourceOf("test", [entry])]).problems.filter((problem) => problem.code.startsWith("redos-"));
}

describe("ReDoS check", () => {
  it("refuses ^(a+)+$ and names the entry and the danger", () => {
    const [problem, ...rest] = redosProblems("^(a+)+$", "aaaa");
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: "entries/aspen/aspen-risky.json",
      path: "match.pattern",
      code: "redos-nested-quantifier",
    });
    expect(problem?.message).toContain("aspen-risky");
    expect(problem?.message).toContain("nested quantifier: (a+)+");
    expect(problem?.message).toContain("exponentially");
  });

  it.each(["(\\w*\\s?)*x", "(?:ab+){2,5}", "((?:x|y)+z)*"])("refuses the nested quantifier in %s", (pattern) => {
    expect(redosProblems(pattern, "abbbxyz").map((problem) => problem.code)).toContain("redos-nested-quantifier");
  });

  it.each(["(a|a)+", "(\\w|\\d)+", "(a|ab)*", '(?:[^"]|\\\\")*x', "(?:A|a)+"])(
    "refuses the overlapping alternation in %s",
    (pattern) => {
      const problems = redosProblems(pattern, "aaaa");
      expect(problems.map((problem) => problem.code)).toContain("redos-overlapping-alternation");
      expect(problems.find((problem) => problem.code === "redos-overlapping-alternation")?.message).toMatch(
        /aspen-risky: overlapping alternation/,
      );
    },
  );

  it.each(["(?:a|b)+", "(?:cat|dog)*", '[^"]{1,200}?x', "(?:ab){0,3}", "a+b+c*", "(?:x\\d){1,3}", "(?:error|warning)"])(
    "accepts the linear pattern %s",
    (pattern) => {
      expect(redosProblems(pattern, "aaaa")).toEqual([]);
    },
  );
});
