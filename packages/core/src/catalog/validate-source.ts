import type { CatalogProblem } from "../errors.js";
import type { CatalogSource } from "./catalog-source.js";
import { checkEntry } from "./check-entry.js";
import { checkPartialEntry } from "./check-partial-entry.js";
import { checkTodo } from "./check-todo.js";
import type { SourcedEntry } from "./merge-sources.js";
import { parseEntry } from "./parse-entry.js";
import { problem } from "./problem.js";

export interface ValidatedSource {
  name: string;
  /** Entries that fit the schema, first file per id; an entry with other problems is kept for cross checks. */
  entries: SourcedEntry[];
  problems: CatalogProblem[];
}

/** Run the per-file checks of one source and refuse a second file with an id already used in that source. */
export function validateSource(source: CatalogSource): ValidatedSource {
  const problems: CatalogProblem[] = [];
  const entries: SourcedEntry[] = [];
  const firstFileById = new Map<string, string>();
  for (const file of source.files) {
    const parsed = parseEntry(file.path, file.text);
    problems.push(...parsed.problems);
    const json = parsed.entry ?? parsed.json;
    if (json !== undefined) problems.push(...checkTodo(file.path, json));
    if (!parsed.entry) {
      if (parsed.json !== undefined) problems.push(...checkPartialEntry(file.path, parsed.json));
      continue;
    }
    const checked = source.checked ? { regex: null, problems: [] } : checkEntry(file.path, parsed.entry);
    problems.push(...checked.problems);
    const earlier = firstFileById.get(parsed.entry.id);
    if (earlier !== undefined) {
      problems.push(problem(file.path, "id", "duplicate-id", `id "${parsed.entry.id}" is already used by ${earlier}`));
      continue;
    }
    firstFileById.set(parsed.entry.id, file.path);
    entries.push({ source: source.name, file: file.path, entry: parsed.entry, regex: checked.regex });
  }
  return { name: source.name, entries, problems };
}
