/**
 * Stable codes of the catalog checks. CONTRIBUTING.md lists the same checks; the table below is what a maintainer
 * reads when a check fires, so a new code breaks the build until it is described.
 */
export const CATALOG_PROBLEM_CODES = [
  "source-unreadable",
  "json-parse",
  "schema",
  "duplicate-id",
  "id-file-mismatch",
  "sis-folder-mismatch",
  "regex-invalid",
  "captures-mismatch",
  "redos-nested-quantifier",
  "redos-overlapping-alternation",
  "literal-missing",
  "sample-not-matched",
  "sample-captures",
  "no-match-sample-matched",
  "sample-ambiguous",
  "placeholder-unknown",
  "placeholder-in-meaning",
  "corpus-claimed",
  "shared-wording",
  "todo-left",
] as const;
export type CatalogProblemCode = (typeof CATALOG_PROBLEM_CODES)[number];

export const CATALOG_PROBLEM_DESCRIPTIONS = {
  "source-unreadable": "a catalog directory or file could not be read",
  "json-parse": "the file is not valid JSON",
  schema: "the entry does not fit the entry schema",
  "duplicate-id": "two files of one catalog source use the same id",
  "id-file-mismatch": "the id differs from the file name",
  "sis-folder-mismatch": "the entry sits in a folder named after another SIS",
  "regex-invalid": "the pattern does not compile with its flags",
  "captures-mismatch": "match.captures differs from the pattern's named groups",
  "redos-nested-quantifier": "a repeated group contains an unbounded quantifier (exponential backtracking)",
  "redos-overlapping-alternation": "an unbounded repetition of alternatives that can match the same character",
  "literal-missing": "a match sample does not contain match.literal",
  "sample-not-matched": "a match sample is not matched by the pattern",
  "sample-captures": "a match sample yields other captures than it declares",
  "no-match-sample-matched": "a noMatch sample is matched by the pattern",
  "sample-ambiguous": "a match sample is also matched by another entry of the same SIS or by a canvas entry",
  "placeholder-unknown": "a fix step uses a {placeholder} that is not a declared capture",
  "placeholder-in-meaning":
    "the title or meaning uses a {placeholder}: they are written once per entry, for all its findings, so nothing fills it",
  "shared-wording": "an entry says its wording identifies its SIS, but another SIS's entry matches its sample too",
  "corpus-claimed":
    "an entry that says its wording identifies its SIS matches a text of the neighbour-systems corpus (error-catalog/corpus)",
  "todo-left": "a field still holds the TODO text that `gpb-analyze catalog new` wrote",
} as const satisfies Record<CatalogProblemCode, string>;
