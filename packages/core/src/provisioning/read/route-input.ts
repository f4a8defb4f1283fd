import { inputChunks } from "../../input/decode/input-chunks.js";
import { readHead } from "../../input/decode/read-head.js";
import type { InputChunk, InputSource } from "../../input/input-source.js";
import { LIMITS } from "../../limits.js";
import { type ProvisioningKind, provisioningKindOf } from "../detect.js";

/** An input after its head was looked at: its kind, and all of it again from the first byte. */
export interface RoutedInput {
  kind: ProvisioningKind | null;
  data: AsyncIterable<InputChunk>;
}

/**
 * Looks at an input's first bytes to tell a provisioning input (a zip, an import's JSON, its errors file, an
 * import CSV) from a Grade Sync log, before anything decodes it: a zip must never reach the text decoder.
 */
export async function routeInput(input: InputSource): Promise<RoutedInput> {
  const chunks = inputChunks(input)[Symbol.asyncIterator]();
  const { head, rest } = await readHead(chunks, LIMITS.shapeSniffLength);
  const found = provisioningKindOf(head, head.length < LIMITS.shapeSniffLength);
  return { kind: found === "more" ? null : found, data: replay(head, rest) };
}

async function* replay(head: InputChunk, rest: AsyncIterator<InputChunk>): AsyncGenerator<InputChunk> {
  if (head.length > 0) yield head;
  for (;;) {
    const next = await rest.next();
    if (next.done === true) return;
    yield next.value;
  }
}
