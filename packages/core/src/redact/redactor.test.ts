import { describe, expect, it } from "vitest";
import { makeEntry } from "../../../../tests/support/make-entry.js";
import type { MatchResult } from "../match/match-message.js";
import { createRedactor } from "./redactor.js";

const entry = makeEntry({ id: "ps-student" });

describe("createRedactor", () => {
  it("numbers students as the report tells them apart: by id, by name only when a record has no id", () => {
    const redactor = createRedactor();
    const redact = (line: number, student: { studentId?: string; studentName?: string }) =>
      redactor.redact({ line, status: "error", ...student }, null).record;
    const ana = redact(1, { studentId: "1001", studentName: "Ana Ito" });
    expect(ana).toMatchObject({ studentId: "student-0001", studentName: "Student 0001" });
    expect(redact(2, { studentId: "1001" }).studentId).toBe("student-0001");
    // Another student with the same name is another student.
    expect(redact(3, { studentId: "2002", studentName: "Ana Ito" })).toMatchObject({
      studentId: "student-0002",
      studentName: "Student 0002",
    });
    // A record with a name and no id is keyed by the name, as the report's student table keys it.
    expect(redact(4, { studentName: "Ana Ito" }).studentName).toBe("Student 0003");
    expect(redact(5, { studentName: "Ana Ito" }).studentName).toBe("Student 0003");
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

  it("scrubs a record of every student seen before it, not only of its own", () => {
    const redactor = createRedactor();
    redactor.redact({ line: 2, status: "error", studentId: "3010001", studentName: "Ava Lindqvist" }, null);
    const { record } = redactor.redact(
      {
        line: 3,
        status: "error",
        studentId: "3010002",
        studentName: "Noah Brennan",
        message: "grade of AVA LINDQVIST (3010001) copied over Noah Brennan's",
        courseName: "Ava Lindqvist's study hall",
      },
      null,
    );
    expect(record.message).toBe("grade of Student 0001 (student-0001) copied over Student 0002's");
    expect(record.courseName).toBe("Student 0001's study hall");
  });
});
