import type { MatchHint, MatchResult } from "./match-message.js";

/** Distinct (message, hint) pairs remembered; a district's log repeats the same few messages many times. */
const CACHE_LIMIT = 20_000;

/**
 * Memoise matching. Exports repeat identical messages thousands of times, so most lookups are one Map hit.
 * The cache is simply emptied when full: bounded memory, and messages that vary (ids inside) cost no more than
 * an uncached match.
 */
export function createMatchCache(
  match: (message: string, hint: MatchHint) => MatchResult | null,
): (message: string, hint: MatchHint) => MatchResult | null {
  const cache = new Map<string, MatchResult | null>();
  return (message, hint) => {
    const key = `${hint.sis ?? ""}\u0000${hint.httpStatus ?? ""}\u0000${message}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const result = match(message, hint);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, result);
    return result;
  };
}
