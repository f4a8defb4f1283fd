import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLogLine } from "./log-line.js";

describe("parseLogLine", () => {
  it("reads the timestamp however many tokens it spans, and stops at the level", () => {
    expect(parseLogLine("2025-09-14T10:02:58Z ERROR grade-sync status=error")).toMatchObject({
      timestamp: "2025-09-14T10:02:58Z",
      level: "ERROR",
      pairs: ["status", "error"],
      freeText: "grade-sync",
    });
    expect(parseLogLine("2025-09-14 10:02:58 WARN x=1").timestamp).toBe("2025-09-14T10:02:58Z");
    expect(parseLogLine("9/14/2025 1:02 PM INFO x=1")).toMatchObject({
      timestamp: "2025-09-14T13:02:00Z",
      level: "INFO",
    });
    expect(parseLogLine("2025-09-14 10:02:58 +02:00 ERROR x=1").timestamp).toBe("2025-09-14T08:02:58Z");
    // Python's logging and log4j: milliseconds after a comma. Read as the date alone, every line was at midnight.
    expect(parseLogLine("2025-09-14 10:02:58,123 ERROR grade-sync x=1")).toMatchObject({
      timestamp: "2025-09-14T10:02:58.123Z",
      level: "ERROR",
    });
  });

  it("reads a slash date in the order asked, and one only the other order reads as the timestamp, flagged", () => {
    expect(parseLogLine("03/10/2025 10:00:00 ERROR x=1", [], true)).toEqual({
      timestamp: "2025-10-03T10:00:00Z",
      level: "ERROR",
      pairs: ["x", "1"],
      freeText: "",
    });
    expect(parseLogLine("14/09/2025 10:00:00 ERROR Could not post grade")).toEqual({
      timestamp: "2025-09-14T10:00:00Z",
      otherOrder: true,
      level: "ERROR",
      pairs: [],
      freeText: "Could not post grade",
    });
  });

  it("reads bracketed fields of the prefix as pairs, and leaves a bracketed message alone", () => {
    const line =
      "[2026-11-30 14:02:11 -0500] [ERROR] [course:4411] [assignment: Quiz 2] [user=55123] Post Submissions failed";
    expect(parseLogLine(line)).toMatchObject({
      timestamp: "2026-11-30T19:02:11Z",
      level: "ERROR",
      pairs: ["course", "4411", "assignment", "Quiz 2", "user", "55123"],
      freeText: "Post Submissions failed",
    });
    expect(parseLogLine("[10:02:58] [ERROR] lost").freeText).toBe("[10:02:58] [ERROR] lost");
    expect(parseLogLine("[ERROR] [Grade sync failed: no section] retrying")).toMatchObject({
      level: "ERROR",
      pairs: [],
      freeText: "[Grade sync failed: no section] retrying",
    });
  });

  it("reads the level after a Java thread, and leaves the logger's name out of the message", () => {
    const logback =
      "2025-10-01 08:00:01.234 [pool-3-thread-2] WARN  c.i.g.PassbackService - course_id=4411 retrying after 429";
    expect(parseLogLine(logback)).toMatchObject({
      timestamp: "2025-10-01T08:00:01.234Z",
      level: "WARN",
      pairs: ["course_id", "4411"],
      freeText: "retrying after 429",
    });
    const spring = "2025-10-01T08:00:01.234Z ERROR 12345 --- [nio-8080-exec-1] c.i.g.PassbackService : Read timed out";
    expect(parseLogLine(spring)).toMatchObject({ level: "ERROR", freeText: "Read timed out" });
    // Without a level after it a bracket is the message's, and a word before " - " that is no class name too.
    expect(parseLogLine("2025-10-01 08:00:01 [pool-3] lost grade").freeText).toBe("[pool-3] lost grade");
    expect(parseLogLine("2025-10-01 08:00:01 ERROR Aspen - no default GradeScale").freeText).toBe(
      "Aspen - no default GradeScale",
    );
  });

  it("reads quoted values with and without escaped quotes, and an unclosed quote to the end of the line", () => {
    expect(parseLogLine(`message="Assignment \\"Lab 3\\" not found" code=7`).pairs).toEqual([
      "message",
      'Assignment "Lab 3" not found',
      "code",
      "7",
    ]);
    expect(parseLogLine(`course='Biology - P1' message="plain"`).pairs).toEqual([
      "course",
      "Biology - P1",
      "message",
      "plain",
    ]);
    expect(parseLogLine(`message="never closed here`).pairs).toEqual(["message", "never closed here"]);
    expect(parseLogLine(`a="x" b="y \\\\ z"`).pairs).toEqual(["a", "x", "b", "y \\ z"]);
  });

  it("reads the same pairs with key hints, also where a hint is only the start of the key or another key", () => {
    const line = `sis=aspen course_id=7 courses=2 message="x=1" status=error`;
    expect(parseLogLine(line, ["sis", "course", "course", "message", "stat"]).pairs).toEqual([
      "sis",
      "aspen",
      "course_id",
      "7",
      "courses",
      "2",
      "message",
      "x=1",
      "status",
      "error",
    ]);
    const text = fc.string({ unit: fc.constantFrom("a", "b", "_", "=", '"', " ", "\\", "x", "1") });
    fc.assert(
      fc.property(text, fc.array(fc.constantFrom("a", "ab", "b", "a_b", "x1", "ax"), { maxLength: 6 }), (l, hints) => {
        expect(parseLogLine(l, hints)).toEqual(parseLogLine(l));
      }),
    );
  });
});
