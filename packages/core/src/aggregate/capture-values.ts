import { LIMITS } from "../limits.js";
import { compareText } from "../util/compare-text.js";
import { detach } from "../util/detach.js";

/**
 * The distinct values each capture took across a finding's messages (sections, categories, student ids…), so a fix
 * can name all of them, not only the first message's. Kept as the smallest few values in their natural order
 * (compareCaptureValues) plus a flag for the rest: bounded memory, and the same result however the inputs were split
 * (merge = union, sort, cut).
 */

export interface CaptureValues {
  /** Replaced, not grown, when a value is added: an exact-size list (most captures take one or two values). */
  values: string[];
  more: boolean;
}

export function addCaptureValue(known: CaptureValues, value: string): void {
  const { values } = known;
  // Most messages repeat a value already kept: found without ordering anything.
  if (values.includes(value)) return;
  let at = values.length;
  while (at > 0 && compareCaptureValues(value, values[at - 1] as string) < 0) at--;
  if (at >= LIMITS.captureValues) {
    known.more = true;
    return;
  }
  // A capture is cut from its message, which may be a slice of a 64 KB input chunk: the kept value is a copy.
  const added = values.slice(0, at).concat(detach(value), values.slice(at));
  if (added.length > LIMITS.captureValues) known.more = true;
  known.values = added.length > LIMITS.captureValues ? added.slice(0, LIMITS.captureValues) : added;
}

export function mergeCaptureValues(a: CaptureValues, b: CaptureValues): CaptureValues {
  const merged: CaptureValues = { values: [...a.values], more: a.more || b.more };
  for (const value of b.values) addCaptureValue(merged, value);
  return merged;
}

/**
 * Numbers by value, before any other text, which goes in code unit order: a fix names section 5 before section 12,
 * and the smallest of several limits first. A total order, so merged shards keep the same few values.
 */
export function compareCaptureValues(a: string, b: string): number {
  const x = numberOf(a);
  const y = numberOf(b);
  if (x !== null && y !== null && x !== y) return x < y ? -1 : 1;
  if ((x === null) !== (y === null)) return x === null ? 1 : -1;
  // Equal numbers can still be different texts ("05", "5"): those, and all other texts, as text.
  return compareText(a, b);
}

/** The value of a plain decimal (digits, at most one inner point), else null: ids and limits, not dates or codes. */
function numberOf(text: string): number | null {
  // Up to 15 digits, so every such text has an exact double and equal values mean equal digits but leading zeros.
  if (text.length === 0 || text.length > 16) return null;
  let point = -1;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 46 /* . */ && point < 0 && at > 0 && at < text.length - 1) point = at;
    else if (code < 48 || code > 57) return null;
  }
  return point < 0 && text.length > 15 ? null : Number(text);
}

/**
 * One capture as fix text: the value itself, or when the messages differed the first value followed by the others
 * in brackets, so the step's sentence stays whole: "at most 15 (also 20 and 31) characters", "section 5 (also 12,
 * 31 and others)". A plain list in its place read as one odd value ("at most 15, 20, 31 characters").
 */
export function describeCaptureValues({ values, more }: CaptureValues): string {
  const [first = "", ...rest] = values;
  if (rest.length === 0) return more ? `${first} (and others)` : first;
  return `${first} (also ${more ? `${rest.join(", ")} and others` : joinWithAnd(rest)})`;
}

function joinWithAnd(items: readonly string[]): string {
  return items.length === 1 ? (items[0] as string) : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
