import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LineBreak } from "../detect/detect-line-breaks.js";
import { CsvFastRows } from "./csv-fast-rows.js";
import { CsvRowReader } from "./csv-row-reader.js";

type Reader = CsvFastRows | CsvRowReader;

async function read(reader: Reader, chunks: string[], diagnostics: string[]) {
  const rows: string[][] = [];
  const lines: number[] = [];
  const take = () => {
    const taken = reader.takeRows();
    rows.push(...taken.rows);
    lines.push(...taken.lines);
  };
  for (const chunk of chunks) {
    reader.feed(chunk);
    take();
  }
  await reader.finish();
  take();
  return { rows, lines, diagnostics };
}

function readers(delimiter: string, lineBreaks: LineBreak[]) {
  const fast: string[] = [];
  const reference: string[] = [];
  const note = (into: string[]) => (line: number, code: string, message: string) => {
    into.push(`${line} ${code} ${message}`);
  };
  return {
    fast: { reader: new CsvFastRows(delimiter, lineBreaks, note(fast)), diagnostics: fast },
    reference: { reader: new CsvRowReader(delimiter, lineBreaks, note(reference)), diagnostics: reference },
  };
}

/** Splits text at the given points (as chunks of a decoded stream arrive). */
function split(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((point) => point % (text.length + 1)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = 0;
  for (const point of points) {
    parts.push(text.slice(start, point));
    start = point;
  }
  parts.push(text.slice(start));
  return parts;
}

async function both(text: string, chunks: string[], delimiter = ",", lineBreaks: LineBreak[] = ["\n"]) {
  const { fast, reference } = readers(delimiter, lineBreaks);
  return {
    fast: await read(fast.reader, chunks, fast.diagnostics),
    reference: await read(reference.reader, [text], reference.diagnostics),
    handedOver: fast.reader.handedOver,
  };
}

/** Does the text hold a line break the reader does not end rows at (a lone CR in an LF file, …)? */
function hasOtherBreaks(text: string, lineBreaks: LineBreak[]): boolean {
  const loneCr = /\r(?!\n)/.test(text);
  const crlf = text.includes("\r\n");
  const loneLf = /(?<!\r)\n/.test(text);
  return (
    (loneCr && !lineBreaks.includes("\r")) ||
    (crlf && !lineBreaks.includes("\r\n")) ||
    (loneLf && !lineBreaks.includes("\n"))
  );
}

/** The line break sets detectLineBreaks hands out. */
const LINE_BREAK_SETS: LineBreak[][] = [["\n"], ["\r\n", "\n"], ["\r"], ["\r\n", "\n", "\r"]];

describe("CsvFastRows", () => {
  it("reads the rows csv-parse reads, on the same lines, however the text is chunked", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom("a", "b", "é", " ", ",", "\t", '"', '""', "\n", "\r", "\r\n"), { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.constantFrom(",", "\t"),
        fc.constantFrom(...LINE_BREAK_SETS),
        async (pieces, cuts, delimiter, lineBreaks) => {
          const text = pieces.join("");
          const { fast, reference } = await both(text, split(text, cuts), delimiter, lineBreaks);
          expect(fast.rows).toEqual(reference.rows);
          // csv-parse counts a CR or LF that is not a record delimiter as a line of its own; an editor does not.
          if (!hasOtherBreaks(text, lineBreaks)) expect(fast).toEqual(reference);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads well-formed rows the same way, quoted fields and all", async () => {
    const field = fc.oneof(
      fc.string({ maxLength: 8 }).filter((value) => !/(^|,)"/.test(value)),
      fc.string({ maxLength: 8 }).map((value) => `"${value.replace(/"/g, '""')}"`),
      fc.constantFrom('"line one\nline two"', '"x\r\ny"', 'Assignment "Lab 3" not found', '""'),
    );
    const row = fc.array(field, { minLength: 1, maxLength: 5 }).map((fields) => fields.join(","));
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 12 }),
        fc.constantFrom("\n", "\r\n"),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (rows, eol, cuts) => {
          const text = rows.map((line) => line + eol).join("");
          const lineBreaks: LineBreak[] = eol === "\n" ? ["\n"] : ["\r\n", "\n"];
          const { fast, reference, handedOver } = await both(text, split(text, cuts), ",", lineBreaks);
          expect(fast).toEqual(reference);
          expect(handedOver).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("numbers lines as an editor does when an LF file goes on with CRLF", async () => {
    const text = "a,b\n1,one\r\n2,two\r\n3,three";
    const { fast } = await both(text, [text]);
    expect(fast.rows).toEqual([
      ["a", "b"],
      ["1", "one\r"],
      ["2", "two\r"],
      ["3", "three"],
    ]);
    expect(fast.lines).toEqual([1, 2, 3, 4]);
  });

  it("hands a quote never closed to csv-parse, which reads the lines after it as rows", async () => {
    const text = 'a,b\n1,"open\n2,two\n3,three\n';
    const { fast, reference } = await both(text, [text]);
    expect(fast).toEqual(reference);
    expect(fast.rows).toEqual([
      ["a", "b"],
      ["2", "two"],
      ["3", "three"],
    ]);
    expect(fast.lines).toEqual([1, 3, 4]);
    expect(fast.diagnostics).toHaveLength(1);
  });

  it("reads a file with no line break at all without re-scanning it at every chunk", async () => {
    const chunk = "x,".repeat(32_768);
    const chunks = Array.from({ length: 40 }, () => chunk);
    const { fast } = readers(",", ["\n"]);
    const result = await read(fast.reader, chunks, fast.diagnostics);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toHaveLength(40 * 32_768 + 1);
  });
});
