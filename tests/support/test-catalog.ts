import { compileCatalog } from "../../packages/core/src/match/compile-catalog.js";
import { makeEntry } from "./make-entry.js";

/** A small catalog independent of the real one, so aggregation tests do not change when the catalog grows. */
export const testCatalog = compileCatalog({
  version: "9.9.9",
  entries: [
    makeEntry({
      id: "aspen-column-type",
      title: "Given Gradebook Column Type",
      match: {
        pattern: "given GradebookColumnType does not have a default GradeScale",
        literal: "GradebookColumnType",
      },
      fix: { teacher: ["Give the Aspen category a default grade scale, then sync again."] },
      samples: { match: [{ line: "given GradebookColumnType does not have a default GradeScale" }], noMatch: ["x y"] },
      escalation: { needed: false },
    }),
    makeEntry({
      id: "powerschool-user-does-not-teach",
      sis: "powerschool",
      match: {
        pattern: "User does not teach section (?<section>\\S+)",
        literal: "does not teach section",
        captures: ["section"],
      },
      fix: { sisAdmin: ["Add the teacher to section {section} in PowerSchool."] },
      samples: {
        match: [{ line: "User does not teach section 12", captures: { section: "12" } }],
        noMatch: ["User teaches"],
      },
      actsFirst: "sisAdmin",
      escalation: { needed: true, to: "sisAdmin", collect: ["affected-users", "course-url"] },
    }),
    makeEntry({
      id: "canvas-name-too-long",
      sis: "canvas",
      severity: "warning",
      match: {
        pattern: "Name is too long, must be under (?<maxLength>\\d+) characters",
        literal: "name is too long",
        captures: ["maxLength"],
      },
      samples: { match: [{ line: "Name is too long, must be under 31 characters" }], noMatch: ["Name ok"] },
    }),
  ],
});
