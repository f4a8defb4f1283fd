import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_PIECE } from "../input/decode/input-chunks.js";
import { openInput } from "./read-input.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gpb-read-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileOf(size: number): Promise<{ path: string; bytes: Uint8Array }> {
  // A sequence that never repeats within the file, so a piece read from the wrong place cannot pass for the right one.
  let state = 2_463_534_242;
  const bytes = Uint8Array.from({ length: size }, () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state >>> 24;
  });
  const path = join(dir, `export-${size}.csv`);
  await writeFile(path, bytes);
  return { path, bytes };
}

describe("reading a file", () => {
  // Sizes around the pieces (MAX_PIECE) and the reads (a few pieces each): empty, short, exact, and odd.
  const sizes = [0, 1, MAX_PIECE - 1, MAX_PIECE, MAX_PIECE + 1, 4 * MAX_PIECE, 8 * MAX_PIECE + 1, 9 * MAX_PIECE + 777];

  it.each(sizes)("gives every byte of a %i-byte file once, in order, in pieces of at most MAX_PIECE", async (size) => {
    const { path, bytes } = await fileOf(size);
    const pieces: Uint8Array[] = [];
    for await (const piece of openInput(path).data as AsyncIterable<Uint8Array>) pieces.push(piece);
    expect(pieces.every((piece) => piece.length > 0 && piece.length <= MAX_PIECE)).toBe(true);
    expect(Buffer.concat(pieces).equals(Buffer.from(bytes))).toBe(true);
  });

  it("hands on pieces that stay as they were while later ones are read", async () => {
    const { path, bytes } = await fileOf(12 * MAX_PIECE + 5);
    const pieces: Uint8Array[] = [];
    // Kept until the end: a piece that were a view of a reused read buffer would change under us.
    for await (const piece of openInput(path).data as AsyncIterable<Uint8Array>) pieces.push(piece);
    expect(Buffer.concat(pieces).equals(Buffer.from(bytes))).toBe(true);
  });

  it("stops cleanly when the reader stops early", async () => {
    const { path } = await fileOf(10 * MAX_PIECE);
    let taken = 0;
    for await (const _piece of openInput(path).data as AsyncIterable<Uint8Array>) if (++taken === 3) break;
    expect(taken).toBe(3);
  });
});

describe("reading a named pipe", () => {
  it.skipIf(process.platform === "win32")(
    "reads what is written into it, as `<(zcat export.csv.gz)` hands it over",
    async () => {
      const { execFileSync } = await import("node:child_process");
      const path = join(dir, "export.fifo");
      execFileSync("mkfifo", [path]);
      const { bytes } = await fileOf(5 * MAX_PIECE + 99);
      const writing = writeFile(path, bytes);
      const pieces: Uint8Array[] = [];
      for await (const piece of openInput(path).data as AsyncIterable<Uint8Array>) pieces.push(piece);
      await writing;
      expect(Buffer.concat(pieces).equals(Buffer.from(bytes))).toBe(true);
    },
  );
});
