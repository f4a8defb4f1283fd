import { closestIds } from "./closest-ids.js";

/**
 * What refuses an id no catalog entry has, wherever an id is asked for (`catalog show`, the MCP resources): the id
 * that arrived and the ids it probably meant, or `whereListed` (how to list them) when none is close.
 */
export function unknownEntryMessage(id: string, entryIds: readonly string[], whereListed: string): string {
  const close = closestIds(id, entryIds);
  const hint = close.length > 0 ? `; did you mean ${close.join(", ")}?` : `; ${whereListed}`;
  return `expected the id of a catalog entry, got "${id}", which no entry has${hint}`;
}
