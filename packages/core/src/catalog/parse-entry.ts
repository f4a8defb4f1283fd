import type { CatalogProblem } from "../errors.js";
import { CatalogEntry } from "./entry-schema.js";
import { formatJsonPath } from "./json-path.js";
import { jsonSyntaxError } from "./json-syntax-error.js";
import { problem } from "./problem.js";

export type ParsedEntry =
  | { entry: CatalogEntry; problems: [] }
  /** `json` is the parsed file when it was JSON but not a valid entry, so the checks that can still run do. */
  | { entry: null; json?: unknown; problems: CatalogProblem[] };

/** Parse one file's text into an entry; every schema issue becomes its own problem, with the JSON path it is at. */
export function parseEntry(file: string, text: string): ParsedEntry {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const { line, column, reason } = jsonSyntaxError(text, error);
    return {
      entry: null,
      problems: [{ ...problem(file, "", "json-parse", `not valid JSON: ${reason}`), line, column }],
    };
  }
  const result = CatalogEntry.safeParse(json);
  if (result.success) return { entry: result.data, problems: [] };
  const problems = result.error.issues.map((issue) =>
    problem(file, formatJsonPath(issue.path), "schema", issue.message),
  );
  return { entry: null, json, problems };
}
