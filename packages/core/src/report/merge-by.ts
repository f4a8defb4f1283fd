/** Items of two lists keyed alike, each key once: the first list's order, then the second's new keys. */
export function mergeBy<T>(
  a: readonly T[],
  b: readonly T[],
  keyOf: (item: T) => string,
  merge: (x: T, y: T) => T,
): T[] {
  const byKey = new Map(a.map((item) => [keyOf(item), item]));
  for (const item of b) {
    const key = keyOf(item);
    const existing = byKey.get(key);
    byKey.set(key, existing === undefined ? item : merge(existing, item));
  }
  return [...byKey.values()];
}
