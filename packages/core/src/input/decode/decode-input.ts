import { InputError } from "../../errors.js";
import { LIMITS } from "../../limits.js";
import { fileKindOf, wrongFileKind } from "../detect/file-kind.js";
import { binaryLine, looksBinary } from "../detect/looks-binary.js";
import type { InputChunk } from "../input-source.js";
import { ReplacementCounter } from "./count-replacements.js";
import { gunzip, isGzip } from "./gunzip.js";
import { readHead } from "./read-head.js";
import { encodingLabel, sniffEncoding, type TextEncodingName } from "./sniff-encoding.js";

/** Decoded text of an input, with what was learned while decoding it. */
export interface DecodedInput {
  /** e.g. "utf-8", "utf-16le (BOM)", "utf-8 gzip"; "text" when the caller passed strings. */
  encoding: string;
  text: AsyncGenerator<string>;
  /** Invalid byte sequences replaced so far (final once `text` is exhausted). */
  replacements: ReplacementCounter;
}

/**
 * bytes → text: inflates gzip, picks the encoding from the BOM, refuses binary data (naming a spreadsheet, archive,
 * PDF or image and what to pass instead), and decodes with the streaming TextDecoder so characters split across
 * chunks survive. Invalid sequences become U+FFFD and are counted.
 */
export async function decodeInput(
  chunks: AsyncIterator<InputChunk>,
  source: string | undefined,
): Promise<DecodedInput> {
  const replacements = new ReplacementCounter();
  const first = await readHead(chunks, 2);
  if (typeof first.head === "string") {
    rejectBinary(first.head, source);
    return { encoding: "text", text: passText(first.head, first.rest, replacements), replacements };
  }
  const gzip = isGzip(first.head);
  const bytes = gzip ? gunzip(bytesOf(first.head, first.rest), source) : bytesOf(first.head, first.rest);
  const sniffed = await readHead(bytes, LIMITS.binarySniffLength);
  const head = typeof sniffed.head === "string" ? new TextEncoder().encode(sniffed.head) : sniffed.head;
  const kind = fileKindOf(head);
  if (kind !== undefined) throw wrongFileKind(kind, source);
  const encoding = sniffEncoding(head);
  const decoder = new TextDecoder(encoding.encoding);
  const headText = decoder.decode(head, { stream: true });
  rejectBinary(headText, source);
  const text = decodeRest(headText, decoder, sniffed.rest, replacements);
  return { encoding: encodingLabel(encoding, gzip), text, replacements };
}

function rejectBinary(headText: string, source: string | undefined): void {
  if (!looksBinary(headText)) return;
  const line = binaryLine(headText);
  throw new InputError(
    "binary-input",
    `${source ?? "input"}: expected a text log export (CSV, JSON, NDJSON or a text log), but line ${line} holds binary data (NUL or control bytes, or bytes that read as no text in any script)`,
    source,
    line,
  );
}

async function* bytesOf(head: Uint8Array, rest: AsyncIterator<InputChunk>): AsyncGenerator<Uint8Array> {
  if (head.length > 0) yield head;
  const encoder = new TextEncoder();
  for (;;) {
    const next = await rest.next();
    if (next.done === true) return;
    yield typeof next.value === "string" ? encoder.encode(next.value) : next.value;
  }
}

async function* decodeRest(
  headText: string,
  decoder: InstanceType<typeof TextDecoder>,
  rest: AsyncIterator<InputChunk>,
  replacements: ReplacementCounter,
): AsyncGenerator<string> {
  if (headText.length > 0) {
    replacements.observe(headText);
    yield headText;
  }
  for (;;) {
    const next = await rest.next();
    const text = next.done === true ? decoder.decode() : decodeChunk(decoder, next.value);
    if (text.length > 0) {
      replacements.observe(text);
      yield text;
    }
    if (next.done === true) return;
  }
}

function decodeChunk(decoder: InstanceType<typeof TextDecoder>, chunk: InputChunk): string {
  return typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
}

async function* passText(
  head: string,
  rest: AsyncIterator<InputChunk>,
  replacements: ReplacementCounter,
): AsyncGenerator<string> {
  const bytesDecoder = new TextDecoder("utf-8");
  // Text given by the caller has no BOM to honour; one left at the start is dropped like a decoder would.
  const first = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  if (first.length > 0) yield observed(first, replacements);
  for (;;) {
    const next = await rest.next();
    if (next.done === true) {
      const tail = bytesDecoder.decode();
      if (tail.length > 0) yield observed(tail, replacements);
      return;
    }
    const text = decodeChunk(bytesDecoder, next.value);
    if (text.length > 0) yield observed(text, replacements);
  }
}

function observed(text: string, replacements: ReplacementCounter): string {
  replacements.observe(text);
  return text;
}

export type { TextEncodingName };
