import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES, type Diagnostic } from "../diagnostics.js";
import { keepDiagnostic } from "./kept-diagnostics.js";
import { compareDiagnostics } from "./order.js";

const diagnosticArb = fc.record({
  line: fc.nat({ max: 50 }),
  code: fc.constantFrom(...DIAGNOSTIC_CODES),
  message: fc.constant("m"),
  source: fc.constantFrom("a.csv", "b.csv", "c.csv"),
});

describe("keepDiagnostic", () => {
  it("keeps the first `limit` diagnostics in report order, whatever order they arrive in", () => {
    fc.assert(
      fc.property(fc.array(diagnosticArb, { maxLength: 80 }), fc.integer({ min: 1, max: 20 }), (arrived, limit) => {
        const kept: Diagnostic[] = [];
        for (const diagnostic of arrived) keepDiagnostic(kept, diagnostic, limit);
        const expected = [...arrived].sort(compareDiagnostics).slice(0, limit);
        expect(kept.map((d) => [d.source, d.line, d.code])).toEqual(expected.map((d) => [d.source, d.line, d.code]));
      }),
    );
  });
});
