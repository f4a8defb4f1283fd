import type { CatalogEntry } from "./entry-schema.js";

/** One compiled pattern per entry object, shared by the checks and the matcher: each regex is compiled once. */
const compiled = new WeakMap<CatalogEntry, RegExp | string>();

/**
 * An entry's pattern compiled with its flags, or why it does not compile. The schema allows no `g` or `y` flag, so
 * the regex keeps no lastIndex state and one instance serves every call.
 */
export function patternOf(entry: CatalogEntry): RegExp | string {
  let pattern = compiled.get(entry);
  if (pattern === undefined) {
    try {
      pattern = new RegExp(entry.match.pattern, entry.match.flags);
    } catch (error) {
      pattern = error instanceof Error ? error.message : String(error);
    }
    compiled.set(entry, pattern);
  }
  return pattern;
}

/** The named groups a match yields, without the undefined ones of branches that did not take part. */
export function namedCaptures(match: RegExpExecArray): Record<string, string> {
  const captures: Record<string, string> = {};
  for (const [name, value] of Object.entries(match.groups ?? {})) {
    if (value !== undefined) captures[name] = value;
  }
  return captures;
}
