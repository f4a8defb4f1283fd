import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LatestMoments } from "./latest-moments.js";

describe("LatestMoments", () => {
  it("keeps the latest moment per student, like a Map would, below and above the linear-scan limit", () => {
    const notes = fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: -1e6, max: 2e12 })), {
      maxLength: 400,
    });
    fc.assert(
      fc.property(notes, (pairs) => {
        const latest = new LatestMoments();
        const expected = new Map<number, number>();
        for (const [student, moment] of pairs) {
          latest.note(student, moment);
          expected.set(student, Math.max(expected.get(student) ?? Number.NEGATIVE_INFINITY, moment));
        }
        expect(latest.size).toBe(expected.size);
        expect(new Map(latest.entries())).toEqual(expected);
        for (const [student, moment] of expected) expect(latest.get(student)).toBe(moment);
        expect(latest.get(999)).toBeUndefined();
      }),
    );
  });
});
