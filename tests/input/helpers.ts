import type { Diagnostic } from "../../packages/core/src/diagnostics.js";
import type { InputInfo, InputSource, ReadOptions } from "../../packages/core/src/input/input-source.js";
import { readRecords } from "../../packages/core/src/input/read-records.js";
import type { LogRecord } from "../../packages/core/src/records/log-record.js";

export interface ReadResult {
  records: LogRecord[];
  diagnostics: Diagnostic[];
  info: InputInfo | undefined;
}

/** Reads an input completely, collecting records, diagnostics and the input info. */
export async function readAll(input: InputSource, options: ReadOptions = {}): Promise<ReadResult> {
  const records: LogRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  let info: InputInfo | undefined;
  const iterator = readRecords(input, {
    ...options,
    onDiagnostic: (diagnostic) => diagnostics.push(diagnostic),
    onInputInfo: (found) => {
      info = found;
    },
  });
  for await (const batch of iterator) records.push(...batch);
  return { records, diagnostics, info };
}

/** Diagnostics other than the informational ones every input gets. */
export function problems(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter(
    (diagnostic) => diagnostic.code !== "columns-mapped" && diagnostic.code !== "shape-detected",
  );
}

/** Splits bytes into pieces of the given size, as a stream would deliver them. */
export function* pieces(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
