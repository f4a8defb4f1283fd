import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { blocksOf } from "./blocks.js";

const dir = mkdtempSync(join(tmpdir(), "gpb-blocks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("blocksOf", () => {
  it("cuts the files, in order, into as many non-empty blocks as asked (at most one per file)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 5000 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        (sizes, count) => {
          const paths = sizes.map((size, i) => {
            const path = join(dir, `f${i}.csv`);
            writeFileSync(path, "x".repeat(size));
            return { path, foundInFolder: false };
          });
          const blocks = blocksOf(paths, count);
          expect(blocks.flat()).toEqual(paths);
          expect(blocks).toHaveLength(Math.min(count, paths.length));
          for (const block of blocks) expect(block.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("gives blocks about the same number of bytes", () => {
    const paths = [100, 100, 100, 100, 400].map((size, i) => {
      const path = join(dir, `g${i}.csv`);
      writeFileSync(path, "x".repeat(size));
      return { path, foundInFolder: false };
    });
    expect(blocksOf(paths, 2).map((block) => block.length)).toEqual([4, 1]);
  });
});
