import { detach, maySlice } from "../util/detach.js";
import { createDoorkeeper } from "../util/doorkeeper.js";
import type { CompiledCatalog } from "./compile-catalog.js";
import { type MatchResult, matchMessage, type Unclaimed } from "./match-message.js";

/** A remembered match of one message under one hint. */
interface Remembered {
  sis: string | undefined;
  httpStatus: number | undefined;
  result: MatchResult | Unclaimed | null;
}

/**
 * matchMessage, remembered for up to `limit` distinct (SIS, HTTP status, message) triples that repeat. Exports
 * repeat the same messages thousands of times, so most errors cost one Map lookup; a triple is kept from its second
 * sight on, so the many messages that name one student never fill the memo. Keyed by the message alone, with its
 * few hints in a list: building a joined key per error cost a copy of every message. One memo for all hints keeps
 * the bound global: one memo per hint let a log with many SIS/status combinations hold that many times as much.
 */
export function createMemoMatcher(
  catalog: CompiledCatalog,
  limit: number,
): (message: string, sis: string | undefined, httpStatus: number | undefined) => MatchResult | Unclaimed | null {
  const memo = new Map<string, Remembered[]>();
  let size = 0;
  const seenBefore = createDoorkeeper();
  return (message, sis, httpStatus) => {
    let known = memo.get(message);
    if (known !== undefined) {
      for (const remembered of known) {
        if (remembered.sis === sis && remembered.httpStatus === httpStatus) return remembered.result;
      }
    }
    const result = matchMessage(catalog, message, { sis, httpStatus });
    if (!seenBefore(message, sis ?? "", httpStatus === undefined ? "" : String(httpStatus))) return result;
    if (size >= limit) {
      memo.clear();
      size = 0;
      known = undefined;
    }
    // The remembered message, and the captures cut from it, must not pin the input chunk the message was sliced
    // from (a text log's 64 KB chunks): matched again on a detached copy, once per distinct message that repeats.
    // A message seen once is never copied: the analysis detaches the few captures it keeps itself.
    const kept = detach(message);
    const remembered: Remembered = {
      sis: detach(sis),
      httpStatus,
      result: maySlice(message) ? matchMessage(catalog, kept, { sis, httpStatus }) : result,
    };
    if (known === undefined) memo.set(kept, [remembered]);
    else known.push(remembered);
    size++;
    return result;
  };
}
