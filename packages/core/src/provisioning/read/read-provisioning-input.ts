import { InputError } from "../../errors.js";
import type { InputChunk } from "../../input/input-source.js";
import { LIMITS } from "../../limits.js";
import { baseName } from "../aggregate/import-file.js";
import { expect } from "../checks/check-context.js";
import { type ProvisioningKind, provisioningKindOf } from "../detect.js";
import type { ProvisioningRun } from "../run.js";
import { readZip } from "../zip/read-zip.js";
import type { ChunkSink } from "./text-sinks.js";

/** What the report's `inputs` says of a provisioning input. */
export interface ProvisioningInputInfo {
  shape: string;
  encoding: string;
}

const SHAPES = {
  zip: "zip",
  "import-json": "sis-import-json",
  "errors-json": "sis-import-errors-json",
  "errors-csv": "sis-import-errors-csv",
  "import-csv": "sis-import-csv",
} satisfies Record<ProvisioningKind, string>;

/**
 * Reads one provisioning input into the run: a zip entry by entry (each told apart by its content, as a loose file
 * is), anything else through the sink of its kind. A zip none of whose entries can be read is an InputError that
 * says what it held; one refused entry never costs the others.
 */
export async function readProvisioningInput(
  run: ProvisioningRun,
  name: string,
  kind: ProvisioningKind,
  chunks: AsyncIterable<InputChunk>,
): Promise<ProvisioningInputInfo> {
  if (kind === "zip") {
    await readArchive(run, name, chunks);
    return { shape: SHAPES.zip, encoding: "zip" };
  }
  run.notice(name, 0, `read as ${describe(kind)}`);
  const first = run.files.length;
  const sink = run.sinkFor(kind, name);
  for await (const chunk of chunks) sink.push(chunk);
  sink.end();
  // An import CSV is the first file the input adds; other inputs add only the files their messages name.
  return { shape: SHAPES[kind], encoding: run.files[first]?.encoding ?? "utf-8" };
}

const DESCRIPTIONS = {
  zip: "a zip of SIS import files",
  "import-json": "an SIS import's JSON (the SIS Imports API)",
  "errors-json": "SIS import errors (the SIS Import Errors API)",
  "errors-csv": "an SIS import's errors file",
  "import-csv": "an SIS import CSV",
} satisfies Record<ProvisioningKind, string>;

function describe(kind: ProvisioningKind): string {
  return DESCRIPTIONS[kind];
}

/** An entry of a zip that was not read, and why, as the zip's summary names it. */
interface NotRead {
  entry: string;
  why: string;
}

async function readArchive(run: ProvisioningRun, name: string, chunks: AsyncIterable<InputChunk>): Promise<void> {
  const read: string[] = [];
  const skipped: NotRead[] = [];
  try {
    await readZip(chunks, {
      open(entry) {
        const source = `${name}: ${entry}`;
        if (!/\.(csv|json)$/i.test(entry)) {
          // Canvas reads only .csv files of an upload and warns about the others.
          const file = run.addFile(baseName(entry), source, null);
          file.refused = { reason: "not-an-import-file", detail: "Canvas reads only .csv files" };
          run.predict(file, expect("unknown-file-type", null, {}));
          skipped.push({ entry, why: "Canvas reads only .csv files" });
          return null;
        }
        return sniffing(run, source, entry, (why) => (why === null ? read.push(entry) : skipped.push({ entry, why })));
      },
      refuse(entry, reason, detail) {
        const file = run.addFile(baseName(entry), `${name}: ${entry}`, null);
        file.refused = { reason, detail };
        run.onRefusal(name, entry, reason, detail);
        skipped.push({ entry, why: detail });
      },
      ignore: () => undefined,
    });
  } catch (error) {
    throw new InputError(
      "unreadable-input",
      `${name}: expected a zip of SIS import files, but ${(error as Error).message}`,
      name,
    );
  }
  if (read.length === 0) {
    const found =
      skipped.length === 0
        ? "no files"
        : `only files it cannot use (${skipped
            .slice(0, 5)
            .map((item) => item.entry)
            .join(", ")}${skipped.length > 5 ? ", …" : ""})`;
    throw new InputError(
      "no-records",
      `${name}: expected a zip of SIS import CSV files (users.csv, enrollments.csv, …), but it holds ${found}; ` +
        "for Grade Sync logs, unzip it and pass the files inside",
      name,
    );
  }
  const summary = `read as a zip of SIS import files: ${read.length} read, ${skipped.length} not read`;
  run.notice(name, 0, skipped.length === 0 ? summary : `${summary} (${listed(skipped)})`);
}

/** The entries not read with why, each once: "notes.txt: Canvas reads only .csv files; …; and 3 more". */
function listed(skipped: readonly NotRead[]): string {
  const named = skipped.slice(0, LIMITS.listedZipEntries).map((item) => `${item.entry}: ${item.why}`);
  const more = skipped.length - named.length;
  return more > 0 ? `${named.join("; ")}; and ${more} more` : named.join("; ");
}

/**
 * A zip entry's sink that holds its first bytes until its kind is known from them (the name decides only between
 * JSON and CSV): an errors file, an import's JSON, or an import CSV (a .csv whose header Canvas does not know is
 * still one: Canvas reports it).
 */
function sniffing(
  run: ProvisioningRun,
  source: string,
  entry: string,
  /** Called once the entry ends: null when it was read, else why it was not. */
  counted: (notRead: string | null) => void,
): ChunkSink & { abort(): void } {
  const held: Uint8Array[] = [];
  let length = 0;
  let sink: ChunkSink | null = null;
  let ignored = false;
  const decide = (complete: boolean) => {
    const head = concat(held);
    const found = provisioningKindOf(head, complete);
    if (found === "more" && !complete) return;
    const kind = found === "more" || found === null || found === "zip" ? null : found;
    if (
      /\.json$/i.test(entry) ? kind === "import-json" || kind === "errors-json" : kind !== null || /\.csv$/i.test(entry)
    ) {
      sink = run.sinkFor(kind ?? "import-csv", source, entry);
      sink.push(head);
    } else {
      ignored = true;
      run.notice(source, 0, "not an SIS import file (neither an import CSV, its errors file nor its JSON): not read");
    }
  };
  return {
    push(bytes) {
      if (ignored) return;
      if (sink !== null) return sink.push(bytes);
      held.push(bytes as Uint8Array);
      length += bytes.length;
      decide(length >= LIMITS.shapeSniffLength);
    },
    end() {
      // Canvas ignores an empty file without a word; it is no file of the import.
      if (length === 0) return counted("empty (Canvas ignores an empty file)");
      if (sink === null && !ignored) decide(true);
      (sink as ChunkSink | null)?.end();
      counted(sink !== null ? null : "not an SIS import file");
    },
    abort() {
      (sink as ChunkSink | null)?.abort();
    },
  };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
