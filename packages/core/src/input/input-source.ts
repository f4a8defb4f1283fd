import type { OnDiagnostic } from "../diagnostics.js";

/** A chunk of an export as it arrives: raw bytes (any encoding, maybe gzip) or already-decoded text. */
export type InputChunk = Uint8Array | string;

/** Anything the core can read an export from: a whole string or buffer, or a (possibly async) stream of chunks. */
export type InputSource = string | Uint8Array | Iterable<InputChunk> | AsyncIterable<InputChunk>;

/** One named input of several (a file name, or "-" for stdin). */
export interface NamedInput {
  name: string;
  data: InputSource;
  /**
   * Found inside a folder the user gave, not named by them: when it is no text at all (an image, a PDF, a
   * workbook) it is skipped with an `input-skipped` diagnostic, where a file named on its own stops the run.
   */
  foundInFolder?: boolean;
}

/** The container a reader recognised. */
export type InputShape = "csv" | "json" | "ndjson" | "text";

/** What the reader inferred about one input, reported once it knows. */
export interface InputInfo {
  name: string;
  shape: InputShape;
  /** e.g. "utf-8", "utf-8 (BOM)", "utf-16le (BOM)", with " gzip" appended when it was compressed. */
  encoding: string;
  /** CSV only: the delimiter detected. */
  delimiter?: string;
}

export interface ReadOptions {
  /** Name of the input, copied into every record's `source` and every diagnostic. */
  source?: string;
  onDiagnostic?: OnDiagnostic;
  onInputInfo?: (info: InputInfo) => void;
  /**
   * Read the input as this container instead of detecting it, and read it even when it looks like no log (a text
   * with no timestamps, levels or known keys, JSON whose keys name no log field): the user knows it is one.
   */
  shape?: InputShape;
}
