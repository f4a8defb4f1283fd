import type { InputChunk } from "../../input/input-source.js";
import { LIMITS } from "../../limits.js";
import { FileText } from "../csv/file-text.js";
import { ErrorsCsvReader } from "../imports/errors-csv.js";
import { type ImportDocument, readImportDocument } from "../imports/import-json.js";
import type { ReportedMessage } from "../model.js";

/** A sink for one input or zip entry: bytes (or text) in, and told when it ends or is cut off. */
export interface ChunkSink {
  push(chunk: InputChunk): void;
  end(): void;
  abort(): void;
}

/** What a sink of an import document or errors file found wrong with it, said at its end. */
export type SinkProblem = (message: string, line: number) => void;

/** Canvas's errors file: every row a reported message. */
export function errorsCsvSink(
  source: string,
  onMessage: (message: ReportedMessage) => void,
  problem: SinkProblem,
): ChunkSink {
  const text = new FileText();
  const reader = new ErrorsCsvReader(source, onMessage);
  return {
    push: (chunk) => reader.feed(text.push(chunk)),
    end() {
      reader.feed(text.end());
      reader.finish();
      const malformed = reader.malformed;
      if (malformed !== null) {
        problem(
          `the errors file is not well-formed CSV from line ${malformed.line} on (${malformed.reason}); the rows after it were not read`,
          malformed.line,
        );
      }
    },
    abort: () => undefined,
  };
}

/** An import's JSON (one import, a list, or an errors API page): read whole, then parsed. */
export function importJsonSink(
  source: string,
  onDocument: (document: ImportDocument) => void,
  problem: SinkProblem,
): ChunkSink {
  const text = new FileText();
  const parts: string[] = [];
  let length = 0;
  let tooLong = false;
  return {
    push(chunk) {
      if (tooLong) return;
      const piece = text.push(chunk);
      length += piece.length;
      if (length > LIMITS.importJsonBytes) tooLong = true;
      else parts.push(piece);
    },
    end() {
      if (tooLong)
        return problem(
          `expected an import's JSON of at most ${LIMITS.importJsonBytes} characters, got more; not read`,
          0,
        );
      parts.push(text.end());
      let json: unknown;
      try {
        json = JSON.parse(parts.join(""));
      } catch (error) {
        return problem(`expected an import's JSON document, but it does not parse (${(error as Error).message})`, 0);
      }
      let document: ImportDocument;
      try {
        document = readImportDocument(json, source);
      } catch (error) {
        return problem((error as Error).message, 0);
      }
      onDocument(document);
      for (const { message, line } of document.problems) problem(message, line);
    },
    abort: () => undefined,
  };
}
