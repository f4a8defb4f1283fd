import type { InputChunk, InputSource } from "../input-source.js";

/**
 * Largest piece handed to the later stages. A whole file passed as one string or buffer is cut into pieces so each
 * batch of records stays small and memory does not grow with the input. 32 KB, because one character above U+00FF
 * (a Vietnamese or Polish name) makes V8 store a decoded piece two bytes per character: a 64 KB piece became a
 * 128 KB string, past V8's largest ordinary object, and went straight to the large-object space, which only a full
 * collection frees. Pieces of 32 KB stay young and die young.
 */
export const MAX_PIECE = 32 * 1024;

/** Turns any input source into an async stream of pieces of at most MAX_PIECE bytes or characters. */
export async function* inputChunks(input: InputSource): AsyncGenerator<InputChunk> {
  if (typeof input === "string" || input instanceof Uint8Array) {
    yield* slicePieces(input);
    return;
  }
  for await (const chunk of input as AsyncIterable<InputChunk>) {
    if (typeof chunk === "string" || chunk instanceof Uint8Array) yield* slicePieces(chunk);
  }
}

function* slicePieces(chunk: InputChunk): Generator<InputChunk> {
  if (chunk.length <= MAX_PIECE) {
    if (chunk.length > 0) yield chunk;
    return;
  }
  if (typeof chunk !== "string") {
    for (let start = 0; start < chunk.length; start += MAX_PIECE) yield chunk.subarray(start, start + MAX_PIECE);
    return;
  }
  let start = 0;
  while (start < chunk.length) {
    let end = Math.min(start + MAX_PIECE, chunk.length);
    // Never split a surrogate pair: the halves would each decode to U+FFFD later.
    const last = chunk.charCodeAt(end - 1);
    if (end < chunk.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield chunk.slice(start, end);
    start = end;
  }
}
