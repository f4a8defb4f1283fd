/** Ids a mistyped id probably meant: containing it, or within a few edits of it. Best first, at most `limit`. */
export function closestIds(wanted: string, ids: readonly string[], limit = 3): string[] {
  const needle = wanted.toLowerCase();
  const allowed = Math.max(2, Math.floor(needle.length / 3));
  return ids
    .map((id) => ({ id, distance: id.includes(needle) ? 0 : editDistance(needle, id) }))
    .filter((candidate) => candidate.distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((candidate) => candidate.id);
}

/** Levenshtein distance with a single row: ids are short, so this is cheap. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
