import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../../packages/core/src/errors.js";
import { readAll, utf8 } from "./helpers.js";

/** Reads and returns either the outcome or the error, never throwing. */
async function outcome(input: Parameters<typeof readAll>[0]) {
  try {
    const { records, diagnostics } = await readAll(input);
    return { records, diagnostics };
  } catch (error) {
    return { error };
  }
}

/** Splits bytes at the given cut points. */
function cut(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((point) => point % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let start = 0;
  for (const point of points) {
    parts.push(bytes.subarray(start, point));
    start = point;
  }
  parts.push(bytes.subarray(start));
  return parts;
}

const logText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc
    .array(
      fc.tuple(
        fc.constantFrom("failed", "ok", "warning", ""),
        fc.string({ unit: "grapheme", maxLength: 30 }),
        fc.constantFrom("\n", "\r\n", "\r"),
      ),
      { maxLength: 20 },
    )
    .map(
      (rows) =>
        `status,message\n${rows.map(([status, message, eol]) => `${status},"${message.replace(/"/g, '""')}"${eol}`).join("")}`,
    ),
  fc
    .array(fc.record({ status: fc.constantFrom("failed", "ok"), message: fc.string({ maxLength: 20 }) }), {
      maxLength: 10,
    })
    .map((objects) => objects.map((object) => JSON.stringify(object)).join("\n")),
  fc
    .array(fc.record({ status: fc.constantFrom("failed", "ok"), message: fc.string({ maxLength: 20 }) }), {
      maxLength: 10,
    })
    .map((objects) => JSON.stringify({ data: { results: objects } }, null, 2)),
);

describe("properties", () => {
  it("arbitrary bytes never throw anything but InputError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        const result = await outcome(bytes);
        if ("error" in result) expect(result.error).toBeInstanceOf(InputError);
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary text never throws anything but InputError", async () => {
    await fc.assert(
      fc.asyncProperty(logText, async (text) => {
        const result = await outcome(text);
        if ("error" in result) expect(result.error).toBeInstanceOf(InputError);
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary chunking gives the same result", async () => {
    await fc.assert(
      fc.asyncProperty(logText, fc.array(fc.nat(), { maxLength: 12 }), async (text, cuts) => {
        const bytes = utf8(text);
        const whole = await outcome(bytes);
        const chunked = await outcome(cut(bytes, cuts));
        if ("error" in whole) {
          expect(chunked).toHaveProperty("error");
          expect((chunked as { error: InputError }).error.code).toBe((whole.error as InputError).code);
        } else expect(chunked).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});
