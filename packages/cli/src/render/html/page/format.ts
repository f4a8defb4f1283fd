/** Counts as people read them: 12,345. */
export function num(value: number): string {
  return formatCount(value);
}

/**
 * The other formats' count and noun ("1 course", "2 courses"), so the page says them the same way. Taken from its
 * own module rather than "@sis/core": the page script is bundled for the browser, and the package would bring all
 * of core with it.
 */
import { formatCount } from "../../../../../core/src/util/plural.js";

export { plural } from "../../../../../core/src/util/plural.js";

/** Minutes since 1970 as the other formats show times: `2026-01-23 11:48 UTC`. */
export function when(minutes: number | null): string {
  if (minutes === null) return "—";
  return `${new Date(minutes * 60_000).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** `Name (course 123)`, like the other formats' labels. */
export function label(name: string | null, id: string | null, idWord: string, neither: string): string {
  if (name && id) return `${name} (${idWord} ${id})`;
  return name ?? (id ? `${idWord} ${id}` : neither);
}
