import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LatestMoments } from "./latest-moments.js";

describe("LatestMoments", () => {
  it("keeps the latest moment per student and list, and each list's first and last, however notes interleave", () => {
    // Many lists in one table: blocks move as lists grow and freed blocks go to other lists, which must not mix them up.
    const note = fc.tuple(
      fc.integer({ min: 0, max: 40 }),
      fc.integer({ min: 0, max: 200 }),
      fc.integer({ min: -1e6, max: 2e12 }),
    );
    fc.assert(
      fc.property(fc.array(note, { maxLength: 3000 }), (notes) => {
        const latest = new LatestMoments();
        const lists = Array.from({ length: 41 }, () => latest.newList());
        const expected = lists.map(() => new Map<number, number>());
        const noted = lists.map((): number[] => []);
        for (const [list, student, moment] of notes) {
          latest.note(lists[list] as number, student, moment);
          noted[list]?.push(moment);
          const known = expected[list] as Map<number, number>;
          known.set(student, Math.max(known.get(student) ?? Number.NEGATIVE_INFINITY, moment));
        }
        for (const [at, list] of lists.entries()) {
          const known = expected[at] as Map<number, number>;
          const entries: [number, number][] = [];
          latest.forEach(list, (student, moment) => entries.push([student, moment]));
          expect(entries).toHaveLength(known.size);
          expect(latest.size(list)).toBe(known.size);
          expect(new Map(entries)).toEqual(known);
          for (const [student, moment] of known) expect(latest.get(list, student)).toBe(moment);
          expect(latest.get(list, 999)).toBeUndefined();
          expect(latest.firstNoted(list)).toBe(Math.min(...(noted[at] as number[])));
          expect(latest.lastNoted(list)).toBe(Math.max(...(noted[at] as number[])));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("keeps every entry of a list far past the scan limit, across many moves and growths of the slab", () => {
    const latest = new LatestMoments();
    const big = latest.newList();
    const small = Array.from({ length: 500 }, () => latest.newList());
    for (let student = 0; student < 5000; student++) {
      latest.note(big, student, student * 10);
      latest.note(small[student % 500] as number, student, student);
    }
    for (let student = 0; student < 5000; student += 7) latest.note(big, student, student * 10 + 5);
    expect(latest.size(big)).toBe(5000);
    for (let student = 0; student < 5000; student++) {
      expect(latest.get(big, student)).toBe(student % 7 === 0 ? student * 10 + 5 : student * 10);
      expect(latest.get(small[student % 500] as number, student)).toBe(student);
    }
  });
});
