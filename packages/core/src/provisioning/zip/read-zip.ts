import { type AsyncFlateStreamHandler, Inflate, Unzip, type UnzipFile } from "fflate";
import type { InputChunk } from "../../input/input-source.js";
import { LIMITS } from "../../limits.js";
import { plural } from "../../util/plural.js";
import { isZip } from "../detect.js";
import { END_SEARCH_BYTES, zipEnd } from "./end-record.js";

/** Where an entry's bytes go; the reader pushes them as they are inflated. */
export interface EntrySink {
  push(bytes: Uint8Array): void;
  end(): void;
  /** The entry was refused part way: what the sink holds of it must not count as a file read. */
  abort(): void;
}

/** Why an entry of a zip was not read. */
export type Refusal =
  | "unsafe-name"
  | "nested-zip"
  | "zip-bomb"
  | "archive-too-large"
  | "unsupported-compression"
  | "corrupt";

export interface ZipEvents {
  /** A sink for the entry's bytes, or null to leave it unread. */
  open(name: string): EntrySink | null;
  refuse(name: string, reason: Refusal, detail: string): void;
  /** Entries Canvas itself ignores without a word (`__MACOSX`, dot files, desktop.ini, Thumbs.db), and folders. */
  ignore(name: string): void;
}

export interface ZipLimits {
  ratio: number;
  ratioFrom: number;
  totalBytes: number;
}

const DEFAULT_LIMITS: ZipLimits = {
  ratio: LIMITS.zipRatio,
  ratioFrom: LIMITS.zipRatioFrom,
  totalBytes: LIMITS.zipTotalBytes,
};

/**
 * Reads a zip as it arrives, in memory only: nothing is ever written anywhere, so an entry's name can never place a
 * file. Each entry is inflated piece by piece (fflate's streaming Unzip with our own DEFLATE decoder) and handed to
 * its sink; an entry is refused, and its remaining bytes skipped without inflating them, when its name climbs out
 * of the archive or is absolute, when it is a zip itself, or when it inflates like a bomb. The other entries are
 * read whatever happens to one. Throws only when the archive itself cannot be read at all, or was cut or damaged:
 * its end record must close it and count as many entries as were found, since entries lost past a cut leave no
 * other trace.
 */
export async function readZip(
  chunks: AsyncIterable<InputChunk> | Iterable<InputChunk>,
  events: ZipEvents,
  limits: ZipLimits = DEFAULT_LIMITS,
): Promise<void> {
  let consumed = 0;
  let inflatedTotal = 0;
  let decoder: GuardedInflate | null = null;
  let stopped = false;
  /** Set while an entry not to read is started, so its decoder skips from the first byte. */
  let skipNew = false;
  let entriesFound = 0;
  const tail = new Tail(END_SEARCH_BYTES);

  class GuardedInflate {
    static compression = 8;
    ondata!: AsyncFlateStreamHandler;
    skipping = false;
    private readonly inflate = new Inflate((data, final) => this.ondata(null, data, final));
    constructor() {
      this.skipping = skipNew;
      decoder = this;
    }
    push(chunk: Uint8Array, final: boolean): void {
      if (this.skipping) return;
      try {
        this.inflate.push(chunk, final);
      } catch (error) {
        this.skipping = true;
        this.ondata(error as Parameters<AsyncFlateStreamHandler>[0], new Uint8Array(0), true);
      }
    }
  }

  const unzip = new Unzip();
  unzip.register(GuardedInflate);
  unzip.onfile = (file) => {
    decoder = null;
    entriesFound++;
    const name = file.name;
    if (file.compression !== 0 && file.compression !== 8) {
      return events.refuse(name, "unsupported-compression", `compression method ${file.compression}`);
    }
    if (name.endsWith("/") || ignoredByCanvas(name)) return discard(file, () => events.ignore(name));
    if (isUnsafeName(name)) {
      return discard(file, () => events.refuse(name, "unsafe-name", "its name leaves the archive or is absolute"));
    }
    if (/\.zip$/i.test(name)) {
      return discard(file, () => events.refuse(name, "nested-zip", "a zip inside the zip is not opened"));
    }
    if (stopped) {
      return discard(file, () =>
        events.refuse(name, "archive-too-large", "the archive inflated past the limit before it"),
      );
    }
    const sink = events.open(name);
    if (sink === null) return discard(file, () => undefined);
    readEntry(file, sink);
  };

  /** An entry not to read: started with its decoder skipping, so its bytes are neither inflated nor kept. */
  function discard(file: UnzipFile, say: () => void): void {
    file.ondata = () => undefined;
    skipNew = true;
    file.start();
    skipNew = false;
    say();
  }

  function readEntry(file: UnzipFile, sink: EntrySink): void {
    const startedAt = consumed;
    let inflated = 0;
    let refused = false;
    const refuse = (reason: Refusal, detail: string) => {
      refused = true;
      if (decoder) decoder.skipping = true;
      sink.abort();
      events.refuse(file.name, reason, detail);
    };
    file.ondata = (error, data, final) => {
      if (refused) return;
      if (error) return refuse("corrupt", error.message);
      if (inflated === 0 && data.length > 0 && isZip(data)) return refuse("nested-zip", "its content is a zip");
      inflated += data.length;
      inflatedTotal += data.length;
      const compressed = Math.max(1, consumed - startedAt);
      if (inflated > limits.ratioFrom && inflated > compressed * limits.ratio) {
        return refuse("zip-bomb", `it inflated to ${inflated} bytes from about ${compressed}`);
      }
      if (inflatedTotal > limits.totalBytes) {
        stopped = true;
        return refuse("archive-too-large", `the archive inflated past ${limits.totalBytes} bytes`);
      }
      if (data.length > 0) sink.push(data);
      if (final) sink.end();
    };
    file.start();
  }

  try {
    for await (const chunk of chunks) {
      const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
      for (let at = 0; at < bytes.length; at += LIMITS.zipPiece) {
        const piece = bytes.subarray(at, at + LIMITS.zipPiece);
        consumed += piece.length;
        tail.push(piece);
        unzip.push(piece);
      }
    }
    unzip.push(new Uint8Array(0), true);
    const end = zipEnd(tail.bytes());
    if ("missing" in end) throw new Error(end.missing);
    if (end.entries !== entriesFound) {
      throw new Error(
        `its central directory lists ${plural(end.entries, "entry", "entries")}, but ${entriesFound} ${entriesFound === 1 ? "was" : "were"} ` +
          "found before it (entries are lost or damaged)",
      );
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the zip is truncated or corrupt (${reason})`);
  }
}

/** The last bytes of a stream, at most `size` of them (more while the oldest piece still holds some of them). */
class Tail {
  private readonly pieces: Uint8Array[] = [];
  private length = 0;
  constructor(private readonly size: number) {}

  push(piece: Uint8Array): void {
    this.pieces.push(piece);
    this.length += piece.length;
    while (this.pieces.length > 1 && this.length - (this.pieces[0] as Uint8Array).length >= this.size) {
      this.length -= (this.pieces.shift() as Uint8Array).length;
    }
  }

  bytes(): Uint8Array {
    const bytes = new Uint8Array(this.length);
    let at = 0;
    for (const piece of this.pieces) {
      bytes.set(piece, at);
      at += piece.length;
    }
    return bytes.subarray(Math.max(0, this.length - this.size));
  }
}

/** What Canvas skips in an upload without a message: macOS resource forks, dot files, Windows folder files. */
function ignoredByCanvas(name: string): boolean {
  const base = name.split("/").pop() ?? name;
  return /(^|\/)__MACOSX\//.test(name) || base.startsWith(".") || /^desktop\.ini$|\.db$/i.test(base);
}

/** A name that, extracted, would land outside the folder: absolute, with a drive, or climbing out with `..`. */
function isUnsafeName(name: string): boolean {
  if (/^[/\\]/.test(name) || /^[a-z]:/i.test(name) || name.includes("\u0000")) return true;
  return name.split(/[/\\]/).includes("..");
}
