import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idKey } from "./id-key.js";

describe("idKey", () => {
  it("turns short canonical integers into numbers and leaves every other text as it is", () => {
    expect(idKey("2678620")).toBe(2678620);
    expect(idKey("0")).toBe(0);
    expect(idKey("999999999")).toBe(999999999);
    for (const text of ["", "007", "1000000000", "12a", "-5", "1.5", "1e3", " 42", "٣"]) expect(idKey(text)).toBe(text);
  });

  it("gives two ids the same key exactly when their texts are equal", () => {
    // A small alphabet and short texts, so equal pairs and leading zeros come up often.
    const id = fc.string({ unit: fc.constantFrom("0", "1", "a"), maxLength: 3 });
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(idKey(a) === idKey(b)).toBe(a === b);
      }),
    );
    expect(idKey("1000000000")).not.toBe(idKey("100000000"));
  });
});
