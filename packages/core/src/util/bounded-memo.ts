import { detach, maySlice } from "./detach.js";
import { createDoorkeeper } from "./doorkeeper.js";

/**
 * Memoise a function of one string key, remembering at most `limit` results of keys seen more than once. Exports
 * repeat identical messages thousands of times, so most calls become one Map hit; keys that never repeat (messages
 * with ids inside) are not kept at all. When full, the memo is simply emptied: memory stays bounded.
 */
export function boundedMemo<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const memo = new Map<string, V>();
  const seenBefore = createDoorkeeper();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as V;
    const value = compute(key);
    if (!seenBefore(key)) return value;
    // Kept keys, and values cut from them (regex captures), must not pin the input chunk the key was sliced from:
    // computed again from a detached copy, once per distinct key that repeats. A key seen once is never copied.
    const kept = detach(key);
    const keptValue = maySlice(key) ? compute(kept) : value;
    if (memo.size >= limit) memo.clear();
    memo.set(kept, keptValue);
    return keptValue;
  };
}
