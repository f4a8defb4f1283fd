/** Text encodings the reader decodes; TextDecoder labels. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface SniffedEncoding {
  encoding: TextEncodingName;
  /** True when a byte order mark said so (the decoder drops it). */
  bom: boolean;
}

/**
 * Picks the encoding from the byte order mark. Spreadsheet "Unicode text" saves are UTF-16 with a BOM; without a
 * BOM, UTF-16 is recognised by its zero high bytes in ASCII-range text, which would otherwise look binary.
 */
export function sniffEncoding(head: Uint8Array): SniffedEncoding {
  const [b0, b1, b2] = head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: "utf-8", bom: true };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: "utf-16le", bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: "utf-16be", bom: true };
  const unmarked = unmarkedUtf16(head);
  return { encoding: unmarked ?? (looksSingleByte(head) ? "windows-1252" : "utf-8"), bom: false };
}

/**
 * Spreadsheets on Windows save "CSV" in the ANSI code page (Windows-1252), so a name like José arrives as one
 * byte 0xE9 that is not valid UTF-8. When the head's non-ASCII bytes are mostly such lone bytes rather than
 * well-formed UTF-8 sequences, read the input as Windows-1252 (a superset of Latin-1) instead of replacing them.
 */
function looksSingleByte(head: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < head.length; i++) {
    const byte = head[i] as number;
    if (byte < 0x80) continue;
    const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 0;
    if (length === 0 || (length === 4 && byte > 0xf4)) {
      invalid++;
      continue;
    }
    if (i + length > head.length) break; // a sequence cut by the end of the head says nothing
    let continuation = true;
    for (let k = 1; k < length; k++) if (((head[i + k] as number) & 0xc0) !== 0x80) continuation = false;
    if (continuation) {
      valid++;
      i += length - 1;
    } else invalid++;
  }
  return invalid > valid;
}

function unmarkedUtf16(head: Uint8Array): TextEncodingName | undefined {
  const pairs = Math.min(head.length >> 1, 512);
  if (pairs < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let index = 0; index < pairs; index++) {
    if (head[2 * index] === 0) zeroEven++;
    if (head[2 * index + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= pairs * 0.9 && zeroEven === 0) return "utf-16le";
  if (zeroEven >= pairs * 0.9 && zeroOdd === 0) return "utf-16be";
  return undefined;
}

/** The label used in InputInfo and diagnostics, e.g. "utf-16le (BOM)". */
export function encodingLabel(sniffed: SniffedEncoding, gzip: boolean): string {
  return `${sniffed.encoding}${sniffed.bom ? " (BOM)" : ""}${gzip ? " gzip" : ""}`;
}
