import { describe, expect, it } from "vitest";
import { makeEntry } from "../../../../tests/support/make-entry.js";
import type { MatchResult } from "../match/match-message.js";
import { createRedactor } from "./redactor.js";

const entry = makeEntry({ id: "ps-student" });

describe("createRedactor", () => {
  it("gives the same student the same pseudonym by id or by name, and different students different ones", () => {
    const redactor = createRedactor();
    const a = redactor.redact({ line: 1, status: "error", studentId: "1001", studentName: "Ana Ito" }, null).record;
    const b = redactor.redact({ line: 2, status: "error", studentName: "Ana Ito" }, null).record;
    const c = redactor.redact({ line: 3, status: "error", studentId: "2002" }, null).record;
    expect(a.studentId).toBe("student-0001");
    expect(a.studentName).toBe("Student 0001");
    expect(b.studentName).toBe("Student 0001");
    expect(c.studentId).toBe("student-0002");
  });

  it("scrubs ids, names and emails from the message and from student captures", () => {
    const redactor = createRedactor();
    const match: MatchResult = { entry, captures: { studentId: "98659", section: "12" }, alternatives: [] };
    const { record, match: redacted } = redactor.redact(
      {
        line: 1,
        status: "error",
        studentId: "777",
        studentName: "Jo Park",
        message: "Student.id [98659] (Jo Park, jo.park@x.org, 777) not in section 12",
      },
      match,
    );
    expect(record.message).not.toMatch(/98659|Jo Park|jo\.park@x\.org|777/);
    expect(record.message).toContain("section 12");
    expect(redacted?.captures.studentId).toMatch(/^student-\d{4}$/);
    expect(redacted?.captures.section).toBe("12");
  });
});
