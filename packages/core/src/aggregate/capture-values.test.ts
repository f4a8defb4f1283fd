import { describe, expect, it } from "vitest";
import {
  addCaptureValue,
  type CaptureValues,
  compareCaptureValues,
  describeCaptureValues,
  mergeCaptureValues,
} from "./capture-values.js";

function valuesOf(...texts: string[]): CaptureValues {
  const known: CaptureValues = { values: [], more: false };
  for (const text of texts) addCaptureValue(known, text);
  return known;
}

describe("capture values", () => {
  it("keeps numbers in the order of their values, before other texts", () => {
    expect(valuesOf("100", "15", "S-2", "9", "15", "2.5").values).toEqual(["2.5", "9", "15", "100", "S-2"]);
    // Equal values written differently stay apart, in text order.
    expect(valuesOf("5", "05").values).toEqual(["05", "5"]);
  });

  it("orders every pair one way only, so merged shards keep the same few values", () => {
    const texts = ["5", "05", "12", "1.5", "abc", "Abc", "", "2024-01-01", "9999999999999999"];
    for (const a of texts) {
      for (const b of texts) {
        expect(Math.sign(compareCaptureValues(a, b)) + Math.sign(compareCaptureValues(b, a)), `${a} ${b}`).toBe(0);
        expect(compareCaptureValues(a, b) === 0, `${a} ${b}`).toBe(a === b);
      }
    }
    const all = ["31", "8", "120", "x", "5", "77", "12", "9"];
    const merged = mergeCaptureValues(valuesOf(...all.slice(0, 4)), valuesOf(...all.slice(4)));
    expect(merged).toEqual(valuesOf(...all));
    expect(merged).toEqual({ values: ["5", "8", "9", "12", "31"], more: true });
  });

  it("reads as one value in a sentence, with the others in brackets", () => {
    expect(describeCaptureValues(valuesOf("71"))).toBe("71");
    expect(describeCaptureValues(valuesOf("31", "15"))).toBe("15 (also 31)");
    expect(describeCaptureValues(valuesOf("31", "15", "20"))).toBe("15 (also 20 and 31)");
    expect(describeCaptureValues(valuesOf("1", "2", "3", "4", "5", "6"))).toBe("1 (also 2, 3, 4, 5 and others)");
  });
});
