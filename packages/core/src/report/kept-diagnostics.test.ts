import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES } from "../diagnostics.js";
import { LIMITS } from "../limits.js";
import { KeptDiagnostics } from "./kept-diagnostics.js";
import { compareDiagnostics } from "./order.js";

const diagnosticArb = fc.record({
  line: fc.nat({ max: 50 }),
  code: fc.constantFrom(...DIAGNOSTIC_CODES),
  message: fc.constant("m"),
  source: fc.constantFrom("a.csv", "b.csv", "c.csv"),
});

describe("KeptDiagnostics", () => {
  it("keeps the first diagnostics in report order, whatever order they arrive in, and counts all of them", () => {
    fc.assert(
      fc.property(fc.array(diagnosticArb, { maxLength: LIMITS.reportDiagnostics + 60 }), (arrived) => {
        const kept = new KeptDiagnostics();
        for (const diagnostic of arrived) kept.add(diagnostic);
        const expected = [...arrived].sort(compareDiagnostics).slice(0, LIMITS.reportDiagnostics);
        const key = (d: { source?: string; line: number; code: string }) => [d.source, d.line, d.code];
        expect(kept.list().map(key)).toEqual(expected.map(key));
        expect(kept.count).toBe(arrived.length);
      }),
      { numRuns: 60 },
    );
  });
});
