/**
 * The end of a zip: its end-of-central-directory record and the number of entries the central directory lists.
 * The streaming reader finds entries by their local headers, which cannot tell a zip cut (or overwritten) after its
 * last whole entry from a complete one; the end record can, since it comes last and counts every entry.
 */

const END_SIGNATURE = 0x06054b50;
const END_LENGTH = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_LENGTH = 20;
const ZIP64_END_SIGNATURE = 0x06064b50;
const MAX_COMMENT = 0xffff;

/** The bytes the end of a zip may take: its end record with the longest comment, and a zip64 record before it. */
export const END_SEARCH_BYTES = END_LENGTH + MAX_COMMENT + ZIP64_LOCATOR_LENGTH + 56;

/** What the end of a zip says, or why it says nothing. */
export type ZipEnd = { entries: number } | { missing: string };

/**
 * Reads the end record from `tail`, the last bytes of the zip (`tail` ends where the zip ends). The record must end
 * the file exactly (22 bytes plus its comment): a record followed by other bytes, or none at all, means the zip was
 * cut or something was written over its end.
 */
export function zipEnd(tail: Uint8Array): ZipEnd {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let at = tail.length - END_LENGTH; at >= 0 && at >= tail.length - END_LENGTH - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) !== END_SIGNATURE) continue;
    if (at + END_LENGTH + view.getUint16(at + 20, true) !== tail.length) continue;
    const entries = view.getUint16(at + 10, true);
    if (entries !== 0xffff) return { entries };
    return zip64Entries(view, at);
  }
  return {
    missing:
      "its end-of-central-directory record is not at its end (the file was cut short, or other bytes were written " +
      "over or after it), so entries may be lost",
  };
}

/** A zip64 archive (65,535 entries or more) counts its entries in the zip64 end record, found by the locator. */
function zip64Entries(view: DataView, endAt: number): ZipEnd {
  const locatorAt = endAt - ZIP64_LOCATOR_LENGTH;
  if (locatorAt < 0 || view.getUint32(locatorAt, true) !== ZIP64_LOCATOR_SIGNATURE) return { entries: 0xffff };
  // The zip64 end record comes right before the locator unless it has extensible data, which no writer adds.
  const recordAt = locatorAt - 56;
  if (recordAt < 0 || view.getUint32(recordAt, true) !== ZIP64_END_SIGNATURE) {
    return { missing: "its zip64 end-of-central-directory record is missing" };
  }
  return { entries: Number(view.getBigUint64(recordAt + 32, true)) };
}
