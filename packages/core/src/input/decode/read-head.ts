import type { InputChunk } from "../input-source.js";

/** The first chunks of a stream, joined until at least `minBytes` bytes (or characters) have arrived. */
export interface StreamHead {
  /** Bytes when the stream started with bytes, text when it started with a string. */
  head: Uint8Array | string;
  rest: AsyncIterator<InputChunk>;
}

/** Reads ahead just far enough to sniff compression, encoding and binary content without consuming the stream. */
export async function readHead(chunks: AsyncIterator<InputChunk>, minBytes: number): Promise<StreamHead> {
  const parts: InputChunk[] = [];
  let length = 0;
  while (length < minBytes) {
    const next = await chunks.next();
    if (next.done === true) break;
    const part = next.value;
    // A change from bytes to text (or back) ends the head; the rest is handled chunk by chunk.
    if (parts.length > 0 && typeof part !== typeof parts[0]) {
      return { head: join(parts), rest: prepend(part, chunks) };
    }
    parts.push(part);
    length += part.length;
  }
  return { head: join(parts), rest: chunks };
}

function join(parts: InputChunk[]): Uint8Array | string {
  if (parts.length === 0) return "";
  if (typeof parts[0] === "string") return (parts as string[]).join("");
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts as Uint8Array[]) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

async function* prependGenerator(first: InputChunk, rest: AsyncIterator<InputChunk>): AsyncGenerator<InputChunk> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done === true) return;
    yield next.value;
  }
}

function prepend(first: InputChunk, rest: AsyncIterator<InputChunk>): AsyncIterator<InputChunk> {
  return prependGenerator(first, rest);
}
