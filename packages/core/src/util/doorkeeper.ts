/** Slots of the fingerprint table: 2^16 int32s, 256 KB, whatever the input. */
const SLOTS = 1 << 16;

/**
 * Has this key (of one or more parts) been seen before? A fixed table of 32-bit fingerprints, so the answer costs
 * no memory per key: a memo asks it before keeping a result, and keys seen only once (messages with a student's
 * name or an id inside, most of the distinct messages in a district's log) never take a memo slot, never push out
 * a message that does repeat, and never become garbage the old generation has to collect. A collision only means
 * a key is kept on its first sight, or has to be seen once more: either way the caller computes the same result.
 */
export function createDoorkeeper(): (key: string, ...more: string[]) => boolean {
  const fingerprints = new Int32Array(SLOTS);
  return (key, ...more) => {
    let hash = fnv1a(key, 0x811c9dc5);
    // A separator between parts, so ("ab", "c") and ("a", "bc") are different keys.
    for (const part of more) hash = fnv1a(part, Math.imul(hash ^ 0xffff, 0x01000193));
    const slot = hash & (SLOTS - 1);
    // 0 marks an empty slot, so a fingerprint of 0 is stored as 1.
    const fingerprint = hash === 0 ? 1 : hash;
    if (fingerprints[slot] === fingerprint) return true;
    fingerprints[slot] = fingerprint;
    return false;
  };
}

/** FNV-1a over UTF-16 code units, 32 bits, continuing from `hash`. */
function fnv1a(text: string, start: number): number {
  let hash = start;
  for (let at = 0; at < text.length; at++) {
    hash ^= text.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}
