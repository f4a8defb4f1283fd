import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoOfMoment, isoToMs, momentOf } from "./moment.js";

describe("moments", () => {
  it("reads normalised ISO timestamps exactly as Date.parse does", () => {
    const instant = fc.date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true });
    fc.assert(
      fc.property(instant, (date) => {
        const iso = date.toISOString();
        expect(isoToMs(iso)).toBe(Date.parse(iso));
        expect(isoToMs(iso.replace(/\.\d{3}Z$/, "Z"))).toBe(Date.parse(iso.replace(/\.\d{3}Z$/, "Z")));
        expect(isoToMs(iso.slice(0, 10))).toBe(Date.parse(iso.slice(0, 10)));
      }),
    );
  });

  it("falls back to the record's position when there is no usable timestamp, and shows no ISO for it", () => {
    expect(momentOf(undefined, 7)).toBe(7);
    expect(momentOf("yesterday", 8)).toBe(8);
    expect(isoOfMoment(7)).toBeNull();
    expect(isoOfMoment(momentOf("2025-09-14T10:02:58Z", 1))).toBe("2025-09-14T10:02:58.000Z");
  });
});
