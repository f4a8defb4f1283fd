import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import { dirname, join } from "node:path";
import { catalogSources, dictionarySources, type MessageSource } from "./message-sources.js";
import { REPO_ROOT, SHARED_DIR } from "./paths.js";
import { type ExportFormat, SERIALIZERS } from "./serialize.js";
import { type LogShapeName, syncRecords } from "./sync-records.js";
import { unknownSources } from "./unknown-messages.js";

export const DEFAULT_SEED = 20_251_129;
/** Flush to the stream in chunks of about this many characters: few syscalls, bounded memory. */
const CHUNK_CHARS = 1 << 20;

export interface ExportOptions {
  rows: number;
  format: ExportFormat;
  out: string;
  seed?: number;
  shape?: LogShapeName;
}

/** Catalog sample lines when the catalog has entries; the research dictionary's templates otherwise. */
export function messageSources(): MessageSource[] {
  const fromCatalog = catalogSources(join(REPO_ROOT, "error-catalog"));
  const known =
    fromCatalog.length > 0 ? fromCatalog : dictionarySources(join(SHARED_DIR, "research/error-dictionary.json"));
  return [...known, ...unknownSources()];
}

/**
 * Stream an export to `out`, waiting for the stream to drain so memory stays flat at any row count. The file is
 * written under a temporary name and renamed at the end, so an interrupted run never leaves a truncated file that
 * a later run would reuse.
 */
export async function writeExport({
  rows,
  format,
  out,
  seed = DEFAULT_SEED,
  shape = "district",
}: ExportOptions): Promise<void> {
  const serializer = SERIALIZERS[format];
  const partial = `${out}.partial`;
  // A fresh clone has no .bench/ yet; `generate.ts` alone must work there too.
  await mkdir(dirname(out), { recursive: true });
  const stream = createWriteStream(partial);
  let chunk = serializer.header === null ? "" : `${serializer.header}\n`;
  for (const record of syncRecords(rows, seed, messageSources(), shape)) {
    chunk += `${serializer.line(record)}\n`;
    if (chunk.length >= CHUNK_CHARS) {
      if (!stream.write(chunk)) await once(stream, "drain");
      chunk = "";
    }
  }
  stream.end(chunk);
  await once(stream, "finish");
  await rename(partial, out);
}
