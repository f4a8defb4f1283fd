import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CanvasCsvRows, type Malformed } from "./canvas-csv-rows.js";

function read(chunks: readonly string[]): { rows: [number, number, string[]][]; malformed: Malformed | null } {
  const rows: [number, number, string[]][] = [];
  const reader = new CanvasCsvRows((fields, record, line) => rows.push([record, line, fields]));
  for (const chunk of chunks) reader.feed(chunk);
  reader.finish();
  return { rows, malformed: reader.malformed };
}

function cut(text: string, points: number[]): string[] {
  const sorted = [...new Set(points.map((point) => point % (text.length + 1)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = 0;
  for (const point of sorted) {
    parts.push(text.slice(start, point));
    start = point;
  }
  return [...parts, text.slice(start)];
}

describe("CanvasCsvRows", () => {
  it("numbers records as Canvas's errors file does: the header is 1, blank lines are skipped and not counted", () => {
    const { rows } = read(["user_id,login_id\r\n\r\nu1,a\r\n", '"u2","b\r\nc"\r\nu3,d']);
    expect(rows).toEqual([
      [1, 1, ["user_id", "login_id"]],
      [2, 3, ["u1", "a"]],
      [3, 4, ["u2", "b\r\nc"]],
      [4, 6, ["u3", "d"]],
    ]);
  });

  it.each([
    ['a,b\nx,Robert "Bob" Smith\n', "illegal-quoting", 2, 2],
    ['a,b\nx,"closed" then text\n', "text-after-quote", 2, 2],
    ['a,b\nx,y\nz,"never closed\nmore\n', "unclosed-quote", 3, 3],
    ["a,b\nx,y\r\n", "stray-line-break", 2, 2],
    ["a,b\r\nx,y\nz\r\n", "stray-line-break", 2, 2],
  ])("stops where Ruby's CSV raises: %j", (text, reason, record, line) => {
    const { malformed } = read([text]);
    expect(malformed).toEqual({ reason, record, line });
  });

  it("reads every well-formed file as csv-parse does, however it is cut into chunks", () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[a-z0-9 _.@-]{0,6}$/),
      fc.stringMatching(/^[a-z,"\n ]{0,6}$/).map((text) => `"${text.replaceAll('"', '""')}"`),
    );
    const row = fc.array(cell, { minLength: 2, maxLength: 4 });
    fc.assert(
      fc.property(
        // Ruby takes the first line break as the separator, quoted or not: headers hold none.
        fc.tuple(fc.array(fc.stringMatching(/^[a-z_]{1,6}$/), { minLength: 2, maxLength: 4 }), fc.array(row)),
        fc.constantFrom("\n", "\r\n"),
        fc.array(fc.nat(), { maxLength: 5 }),
        ([header, body], eol, points) => {
          const table = [header, ...body];
          const text = table.map((cells) => cells.join(",")).join(eol) + eol;
          const reference = parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][];
          const { rows, malformed } = read(cut(text, points));
          expect(malformed).toBeNull();
          expect(rows.map(([, , fields]) => fields)).toEqual(reference);
          expect(rows.map(([record]) => record)).toEqual(reference.map((_, index) => index + 1));
        },
      ),
      { numRuns: 300 },
    );
  });
});
