import { describe, expect, it } from "vitest";
import { endsBeforeStart, readCanvasDate } from "./dates.js";

describe("readCanvasDate, as Ruby's Date._parse reads an SIS import's dates", () => {
  it.each([
    ["", "ok"],
    ["<delete>", "ok"],
    ["2025-08-18T00:00:00Z", "ok"],
    ["2025-08-18", "ok"],
    ["2025/08/18", "ok"],
    ["2025-02-30", "bad"],
    ["01/31/2025", "bad"],
    ["31/01/2025", "ok"],
    ["12/12/2025", "ok"],
    ["03/04/2025", "day-first"],
    ["next Monday", "unrecognised"],
  ])("%j is %s", (value, kind) => {
    expect(readCanvasDate(value).kind).toBe(kind);
  });

  it("says what a slash date is read as, day first", () => {
    expect(readCanvasDate("03/04/2025")).toMatchObject({ readAs: "3 April 2025" });
    expect(readCanvasDate("3/4/25")).toMatchObject({ readAs: "3 April 2025" });
  });

  it("compares the two dates of a row only when both were read", () => {
    expect(endsBeforeStart(readCanvasDate("2025-09-01"), readCanvasDate("2025-08-01"))).toBe(true);
    expect(endsBeforeStart(readCanvasDate("2025-08-01"), readCanvasDate("2025-09-01"))).toBe(false);
    expect(endsBeforeStart(readCanvasDate("2025-09-01"), readCanvasDate(""))).toBe(false);
  });
});
