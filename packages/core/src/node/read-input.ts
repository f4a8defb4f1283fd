import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { InputError } from "../errors.js";
import { MAX_PIECE } from "../input/decode/input-chunks.js";
import type { InputChunk, NamedInput } from "../input/input-source.js";
import { describeFsError } from "./fs-error.js";

/** "-" names standard input, as in most command-line tools. */
export const STDIN_NAME = "-";

/**
 * A file (or stdin for "-") as a named input of raw byte chunks. The core sniffs gzip and encodings itself;
 * here only the operating system's errors are turned into InputErrors that say what went wrong, and where.
 */
export function openInput(path: string, stdin: AsyncIterable<InputChunk> = process.stdin): NamedInput {
  if (path === STDIN_NAME) return { name: STDIN_NAME, data: stdin };
  return { name: path, data: readFileChunks(path) };
}

async function* readFileChunks(path: string): AsyncGenerator<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new InputError("unreadable-input", `expected a log file, but ${path} is a directory`, path);
    }
    // Pieces of MAX_PIECE bytes: read any larger, they would only be cut again.
    for await (const chunk of createReadStream(path, { highWaterMark: MAX_PIECE })) yield chunk as Uint8Array;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("unreadable-input", `cannot read ${path}: ${describeFsError(error, "file")}`, path);
  }
}
