import type { CompiledCatalog } from "../catalog/compiled-catalog.js";
import { detach } from "../util/detach.js";
import { createDoorkeeper } from "../util/doorkeeper.js";
import { type MatchResult, matchMessage } from "./match-message.js";

/**
 * matchMessage, remembered for up to `limit` distinct (SIS, HTTP status, message) triples that repeat. Exports
 * repeat the same messages thousands of times, so most errors cost one Map lookup; a triple is kept from its second
 * sight on, so the many messages that name one student never fill the memo. One memo for all hints keeps the bound
 * global: one memo per hint let a log with many SIS/status combinations hold that many times as much.
 */
export function createMemoMatcher(
  catalog: CompiledCatalog,
  limit: number,
): (message: string, sis: string | undefined, httpStatus: number | undefined) => MatchResult | null {
  const memo = new Map<string, MatchResult | null>();
  const seenBefore = createDoorkeeper();
  return (message, sis, httpStatus) => {
    const key = `${sis ?? ""}\u0000${httpStatus ?? ""}\u0000${message}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    // The kept key, and the captures cut from the message (the analysis keeps some), must not pin the input chunk
    // the message was sliced from (a text log's 64 KB chunks): both are made from detached copies.
    const result = matchMessage(catalog, detach(message), { sis, httpStatus });
    if (!seenBefore(key)) return result;
    if (memo.size >= limit) memo.clear();
    memo.set(detach(key), result);
    return result;
  };
}
