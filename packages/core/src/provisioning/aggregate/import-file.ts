import type { FileKind } from "../model.js";
import type { Refusal } from "../zip/read-zip.js";
import type { FindingState } from "./finding-state.js";

/** Why Canvas skips a whole file, and where in it. */
export interface LostFile {
  reason: "invalid-utf8" | "malformed-csv" | "no-headers" | "empty";
  /** The physical line (and byte, for encoding) where it happens; null for the header as a whole. */
  line: number | null;
  byte: number | null;
  /** A stable word for the cause: the CSV irregularity, or the encoding the bytes most likely are. */
  detail: string;
}

/**
 * One file of an import as the run knows it: an imported CSV that was read (with its kind, rows and predictions),
 * or a file that only Canvas's messages name. Findings are keyed by entry id, silent code or masked template.
 */
export interface ImportFileState {
  readonly number: number;
  /** The file's name as Canvas names it in its errors file (its base name); null for the import as a whole. */
  readonly name: string | null;
  /** The input it was read from (`upload.zip: sub/users.csv`), or null when only messages name it. */
  readonly source: string | null;
  /** The import it belongs to, when the input says (an errors file's rows do); CSVs are assigned at the end. */
  importId: string | null;
  kind: FileKind | null;
  encoding: string | null;
  /** Data rows as Canvas counts them (the header and blank lines not counted); null when the file was not read. */
  rows: number | null;
  lost: LostFile | null;
  refused: { reason: Refusal | "not-an-import-file"; detail: string } | null;
  readonly findings: Map<string, FindingState>;
}

export function newImportFile(
  number: number,
  name: string | null,
  source: string | null,
  importId: string | null,
): ImportFileState {
  return {
    number,
    name,
    source,
    importId,
    kind: null,
    encoding: null,
    rows: null,
    lost: null,
    refused: null,
    findings: new Map(),
  };
}

/** A path's last part: the name Canvas gives a file of a large upload in its errors file. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
