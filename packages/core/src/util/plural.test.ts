import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount, plural } from "./plural.js";

describe("plural", () => {
  it("agrees the noun with the count, grouping thousands as the reports do", () => {
    expect(plural(1, "entry", "entries")).toBe("1 entry");
    expect(plural(0, "entry", "entries")).toBe("0 entries");
    expect(plural(2, "row")).toBe("2 rows");
    expect(plural(12345, "success", "successes")).toBe("12,345 successes");
  });
});

describe("formatCount", () => {
  // Counts are whole numbers; a fraction (a rate) is only ever shown rounded, so a few fixed ones are checked.
  it("writes every count as toLocaleString('en-US') does", () => {
    for (const count of [0, 7, 999, 1000, 12345, 1234567, -4321, 1234.5, 0.1234, 99.9996]) {
      expect(formatCount(count)).toBe(count.toLocaleString("en-US"));
    }
    fc.assert(
      fc.property(
        fc.integer({ min: -1e15, max: 1e15 }),
        (count) => formatCount(count) === count.toLocaleString("en-US"),
      ),
    );
  });
});
