import type { CatalogEntry } from "./entry-schema.js";

/** Compile an entry's pattern, or say why it does not compile. The flags never include `g`, so tests are stateless. */
export function compilePattern(entry: CatalogEntry): RegExp | string {
  try {
    return new RegExp(entry.match.pattern, entry.match.flags);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The named groups a match yields, without the undefined ones of branches that did not take part. */
export function namedCaptures(match: RegExpExecArray): Record<string, string> {
  const captures: Record<string, string> = {};
  for (const [name, value] of Object.entries(match.groups ?? {})) {
    if (value !== undefined) captures[name] = value;
  }
  return captures;
}
