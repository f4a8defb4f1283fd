import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterTemplates } from "./cluster-templates.js";

describe("clusterTemplates", () => {
  it("folds templates that differ only in capitalised names into one wildcard template", () => {
    const clusters = clusterTemplates([
      { template: "Grading category Homework not found for class <num>", count: 3 },
      { template: "Grading category Quizzes not found for class <num>", count: 2 },
    ]);
    expect(clusters).toEqual([
      {
        template: "Grading category <*> not found for class <num>",
        members: [
          "Grading category Homework not found for class <num>",
          "Grading category Quizzes not found for class <num>",
        ],
      },
    ]);
  });

  it("keeps messages apart when a lower-case word differs", () => {
    const clusters = clusterTemplates([
      { template: "User does not teach section <num>", count: 1 },
      { template: "User does not own section <num>", count: 1 },
    ]);
    expect(clusters).toHaveLength(2);
  });

  it("keeps messages of different lengths apart", () => {
    expect(
      clusterTemplates([
        { template: "Session expired", count: 1 },
        { template: "Session expired for Aspen", count: 1 },
      ]),
    ).toHaveLength(2);
  });

  it("does not depend on the order the variants arrive in", () => {
    const word = fc.constantFrom("Homework", "Quizzes", "Labs", "missing", "found", "<num>", "category", "Tests");
    const template = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));
    const variants = fc.uniqueArray(fc.record({ template, count: fc.integer({ min: 1, max: 5 }) }), {
      selector: (v) => v.template,
      maxLength: 12,
    });
    fc.assert(
      fc.property(variants, (list) => {
        const shuffled = [...list].reverse();
        const normalise = (clusters: ReturnType<typeof clusterTemplates>) =>
          clusters
            .map((c) => ({ template: c.template, members: [...c.members].sort() }))
            .sort((a, b) => (a.template < b.template ? -1 : 1));
        expect(normalise(clusterTemplates(shuffled))).toEqual(normalise(clusterTemplates(list)));
      }),
    );
  });
});
