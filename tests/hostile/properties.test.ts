import { analyze, type CompiledCatalog, compileCatalog, InputError, matchMessage } from "@sis/core";
import { loadCatalogFromDirs } from "@sis/core/node";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * tests/input/properties.test.ts fuzzes the reader alone; these go through the whole `analyze` (matching,
 * aggregation, report) with the real catalog, and check the matcher's determinism. maskMessage's idempotence is
 * covered beside it in packages/core/src/aggregate/mask-message.test.ts.
 */
let catalog: CompiledCatalog;
let again: CompiledCatalog;
let samples: string[];
beforeAll(async () => {
  const loaded = await loadCatalogFromDirs([]);
  catalog = compileCatalog(loaded.catalog);
  again = compileCatalog((await loadCatalogFromDirs([])).catalog);
  samples = loaded.catalog.entries.flatMap((entry) => entry.samples.match.map((sample) => sample.line));
});

/** Catalog sample lines, cut and spliced with noise: near misses and partial matches exercise every regex. */
const messageArb = () =>
  fc
    .tuple(fc.nat(), fc.string({ maxLength: 40 }), fc.nat(), fc.string({ maxLength: 40 }))
    .map(([pick, before, cut, after]) => {
      const sample = samples[pick % samples.length] ?? "";
      return `${before}${sample.slice(0, cut % (sample.length + 1))}${after}${sample.slice(cut % (sample.length + 1))}`;
    });

const csvCell = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** Inputs that look like exports but are broken in arbitrary places. */
const exportArb = () =>
  fc.oneof(
    fc.uint8Array({ maxLength: 800 }),
    fc.string({ unit: "binary", maxLength: 800 }),
    fc
      .array(
        fc.tuple(fc.constantFrom("failed", "ok", "warn", "", '"'), messageArb(), fc.constantFrom("\n", "\r", "\r\n")),
      )
      .map(
        (rows) =>
          `status,message\n${rows.map(([status, message, eol]) => `${status},${csvCell(message)}${eol}`).join("")}`,
      ),
    fc
      .tuple(fc.array(fc.record({ status: fc.constantFrom("failed", "ok"), message: messageArb() })), fc.nat())
      .map(([records, cut]) => {
        const text = JSON.stringify({ data: records });
        return text.slice(0, text.length - (cut % 4));
      }),
  );

describe("analyze over arbitrary input", () => {
  it("never throws anything but InputError", async () => {
    await fc.assert(
      fc.asyncProperty(exportArb(), async (input) => {
        try {
          const report = await analyze(input, { catalog, source: "fuzz" });
          expect(report.summary.records).toBeGreaterThan(0);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("matching", () => {
  it("gives the same result for the same message, also across compiled instances of one catalog", () => {
    fc.assert(
      fc.property(
        messageArb(),
        fc.constantFrom(undefined, "aspen", "powerschool", "PowerSchool SIS"),
        (message, sis) => {
          const hint = sis === undefined ? {} : { sis };
          const first = matchMessage(catalog, message, hint);
          expect(matchMessage(catalog, message, hint)).toEqual(first);
          expect(matchMessage(again, message, hint)).toEqual(first);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("finds every catalog sample in a huge message of noise after it", () => {
    for (const sample of samples.slice(0, 20)) {
      const huge = `${sample} ${"a1 ".repeat(100_000)}`;
      expect(matchMessage(catalog, huge)?.entry?.id).toBe(matchMessage(catalog, sample)?.entry?.id);
    }
  });
});
