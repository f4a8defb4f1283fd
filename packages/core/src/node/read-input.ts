import { open, stat } from "node:fs/promises";
import { InputError } from "../errors.js";
import { MAX_PIECE } from "../input/decode/input-chunks.js";
import type { InputChunk, NamedInput } from "../input/input-source.js";
import type { InputPath } from "./folders.js";
import { describeFsError } from "./fs-error.js";

/** "-" names standard input, as in most command-line tools. */
export const STDIN_NAME = "-";

/**
 * A file (or stdin for "-") as a named input of raw byte chunks. The core sniffs gzip and encodings itself;
 * here only the operating system's errors are turned into InputErrors that say what went wrong, and where.
 */
export function openInput(file: string | InputPath, stdin: AsyncIterable<InputChunk> = process.stdin): NamedInput {
  const { path, foundInFolder } = typeof file === "string" ? { path: file, foundInFolder: false } : file;
  if (path === STDIN_NAME) return { name: STDIN_NAME, data: stdin };
  return { name: path, data: readFileChunks(path), ...(foundInFolder && { foundInFolder }) };
}

async function* readFileChunks(path: string): AsyncGenerator<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new InputError("unreadable-input", `expected a log file, but ${path} is a directory`, path);
    }
    yield* readPieces(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("unreadable-input", `cannot read ${path}: ${describeFsError(error, "file")}`, path);
  }
}

/** How much of the file one read takes. */
const READ_SIZE = 4 * MAX_PIECE;

/**
 * The file in pieces of MAX_PIECE bytes, read READ_SIZE at a time into two buffers in turn: the next read is under
 * way while the analysis takes the pieces of the last. Each piece is copied out as it is handed on, so no piece
 * keeps a read buffer alive. Through a stream of MAX_PIECE reads, each read and stream step cost more than the
 * copy: 9% of a 1M-row run. Larger reads gain a little more time and cost peak memory (the collector, which used
 * the waits, falls behind): 256 KB reads were 4% faster again and 5 MB larger.
 */
async function* readPieces(path: string): AsyncGenerator<Uint8Array> {
  const file = await open(path, "r");
  const buffers = [new Uint8Array(READ_SIZE), new Uint8Array(READ_SIZE)];
  let turn = 0;
  // Each read goes on from where the last ended (no position: a named pipe or `<(zcat …)` cannot seek), and only
  // one is under way at a time, so they come in order.
  const readInto = (buffer: Uint8Array) => file.read(buffer, 0, READ_SIZE, null);
  let pending: Promise<{ bytesRead: number }> | null = readInto(buffers[turn] as Uint8Array);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      pending = null;
      if (bytesRead === 0) return;
      const filled = buffers[turn] as Uint8Array;
      turn = 1 - turn;
      pending = readInto(buffers[turn] as Uint8Array);
      for (let start = 0; start < bytesRead; start += MAX_PIECE) {
        yield filled.slice(start, Math.min(start + MAX_PIECE, bytesRead));
      }
    }
  } finally {
    // Stopped early (an error downstream, a consumer that had enough): the read under way ends before the close.
    await pending?.catch(() => undefined);
    await file.close();
  }
}
