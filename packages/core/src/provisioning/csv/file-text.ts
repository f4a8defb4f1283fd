import type { InputChunk } from "../../input/input-source.js";

/** Where a file stops being UTF-8, which makes Canvas skip it whole ("Invalid UTF-8"). */
export interface NotUtf8 {
  /** 0-based offset of the first byte that is not UTF-8, and the 1-based line it is on. */
  byte: number;
  line: number;
  /** What the bytes most likely are: a UTF-16 save, or a single-byte code page such as Windows-1252. */
  likely: "utf-16" | "single-byte";
}

/**
 * An SIS import file's bytes as text, checked the way Canvas checks them (the whole file must be UTF-8; a UTF-8
 * byte-order mark is allowed). The text goes on after the first bad byte (decoded leniently, or as UTF-16 when a
 * UTF-16 mark says so) so the file's kind and rows can still be reported, but `notUtf8` says Canvas will not read it.
 */
export class FileText {
  private decoder: InstanceType<typeof TextDecoder> | null = null;
  private lenient = false;
  private bytes = 0;
  private lines = 1;
  private failure: NotUtf8 | null = null;
  encoding = "utf-8";

  get notUtf8(): NotUtf8 | null {
    return this.failure;
  }

  push(chunk: InputChunk): string {
    if (typeof chunk === "string") {
      this.encoding = "text";
      return this.bytes++ === 0 && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
    }
    if (this.decoder === null) this.start(chunk);
    const decoder = this.decoder as InstanceType<typeof TextDecoder>;
    if (this.lenient) return decoder.decode(chunk, { stream: true });
    try {
      const text = decoder.decode(chunk, { stream: true });
      this.count(chunk, chunk.length);
      return text;
    } catch {
      const bad = firstBadByte(chunk);
      this.count(chunk, bad);
      this.failure = { byte: this.bytes, line: this.lines, likely: hasNul(chunk) ? "utf-16" : "single-byte" };
      this.lenient = true;
      this.decoder = new TextDecoder("utf-8");
      return this.decoder.decode(chunk, { stream: true });
    }
  }

  end(): string {
    if (this.decoder === null) return "";
    try {
      return this.decoder.decode();
    } catch {
      this.failure ??= { byte: this.bytes, line: this.lines, likely: "single-byte" };
      return "\uFFFD";
    }
  }

  private start(first: Uint8Array): void {
    const utf16 = first[0] === 0xff && first[1] === 0xfe ? "le" : first[0] === 0xfe && first[1] === 0xff ? "be" : null;
    if (utf16 !== null) {
      this.encoding = `utf-16${utf16} (BOM)`;
      this.failure = { byte: 0, line: 1, likely: "utf-16" };
      this.lenient = true;
      this.decoder = new TextDecoder(`utf-16${utf16}`);
      return;
    }
    if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) this.encoding = "utf-8 (BOM)";
    this.decoder = new TextDecoder("utf-8", { fatal: true });
  }

  /** Bytes and line breaks of the chunk up to `end`, for the position of a bad byte. */
  private count(chunk: Uint8Array, end: number): void {
    for (let at = chunk.indexOf(10); at >= 0 && at < end; at = chunk.indexOf(10, at + 1)) this.lines++;
    this.bytes += end;
  }
}

function hasNul(chunk: Uint8Array): boolean {
  return chunk.indexOf(0) >= 0;
}

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF). A sequence cut at the chunk's end counts as well formed here; the
 * decoder in stream mode completes it with the next chunk.
 */
export function firstBadByte(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] as number;
    if (lead < 0x80) {
      at++;
      continue;
    }
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) min = 0xa0;
      if (lead === 0xed) max = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) min = 0x90;
      if (lead === 0xf4) max = 0x8f;
    } else return at;
    for (let next = 1; next < length; next++) {
      if (at + next >= bytes.length) return bytes.length;
      const byte = bytes[at + next] as number;
      if (byte < (next === 1 ? min : 0x80) || byte > (next === 1 ? max : 0xbf)) return at;
    }
    at += length;
  }
  return bytes.length;
}
