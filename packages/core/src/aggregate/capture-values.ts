import { LIMITS } from "../limits.js";

/**
 * The distinct values each capture took across a finding's messages (sections, categories, student ids…), so a fix
 * can name all of them, not only the first message's. Kept as the smallest few values in sorted order plus a flag
 * for the rest: bounded memory, and the same result however the inputs were split (merge = union, sort, cut).
 */

export interface CaptureValues {
  /** Replaced, not grown, when a value is added: an exact-size list (most captures take one or two values). */
  values: string[];
  more: boolean;
}

export function addCaptureValue(known: CaptureValues, value: string): void {
  const { values } = known;
  let at = values.length;
  while (at > 0 && value < (values[at - 1] as string)) at--;
  if (values[at - 1] === value) return;
  if (at >= LIMITS.captureValues) {
    known.more = true;
    return;
  }
  const added = values.slice(0, at).concat(value, values.slice(at));
  if (added.length > LIMITS.captureValues) known.more = true;
  known.values = added.length > LIMITS.captureValues ? added.slice(0, LIMITS.captureValues) : added;
}

export function mergeCaptureValues(a: CaptureValues, b: CaptureValues): CaptureValues {
  const merged: CaptureValues = { values: [...a.values], more: a.more || b.more };
  for (const value of b.values) addCaptureValue(merged, value);
  return merged;
}

/** One capture as fix text: the value itself, or the values listed when the messages differed. */
export function describeCaptureValues({ values, more }: CaptureValues): string {
  return more ? `${values.join(", ")} and others` : values.join(", ");
}
