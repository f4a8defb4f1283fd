import { InputError } from "../../errors.js";

/** gzip files start with the magic bytes 1f 8b. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * Inflates a gzip byte stream with the web-standard DecompressionStream, so the core needs no `node:zlib`.
 * Writing runs beside reading (the stream applies back-pressure); a truncated or corrupt stream becomes an
 * InputError instead of the platform's TypeError.
 */
export async function* gunzip(
  bytes: AsyncIterable<Uint8Array>,
  source: string | undefined,
): AsyncGenerator<Uint8Array> {
  const inflater = new DecompressionStream("gzip");
  const writer = inflater.writable.getWriter();
  const reader = inflater.readable.getReader();
  const pumping = pump(bytes, writer);
  try {
    for (;;) {
      const next = await reader.read().catch((error: unknown) => {
        throw corrupt(error, source);
      });
      if (next.done) break;
      if (next.value.length > 0) yield next.value;
    }
    const pumpError = await pumping;
    if (pumpError !== undefined) throw pumpError;
  } finally {
    reader.releaseLock();
    void pumping;
  }
}

/** The inflater's writer, as both the web platform's and Node's typings describe it. */
interface ByteWriter {
  write(chunk: Uint8Array<ArrayBuffer>): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}

/** Feeds the inflater; returns the error of the input stream itself, if any (inflate errors surface on the reader). */
async function pump(bytes: AsyncIterable<Uint8Array>, writer: ByteWriter): Promise<unknown> {
  try {
    // Chunks come from files, pipes and strings, never from shared memory, which the web typings rule out.
    for await (const chunk of bytes) await writer.write(chunk as Uint8Array<ArrayBuffer>);
    await writer.close();
    return undefined;
  } catch (error) {
    await writer.abort(error).catch(() => undefined);
    // A write rejected because inflating failed is reported by the reader; only our own input errors matter here.
    return error instanceof InputError ? error : undefined;
  }
}

function corrupt(error: unknown, source: string | undefined): InputError {
  const reason = error instanceof Error ? error.message : String(error);
  return new InputError(
    "corrupt-compression",
    `${source ?? "input"}: expected a complete gzip stream, but it is truncated or corrupt (${reason})`,
    source,
  );
}
