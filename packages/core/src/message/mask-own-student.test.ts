import { describe, expect, it } from "vitest";
import { maskMessage } from "./mask-message.js";
import { maskOwnStudent, OWN_STUDENT } from "./mask-own-student.js";

describe("maskOwnStudent", () => {
  it("gives one template to a message that quotes each student's own name", () => {
    const templates = [
      ["Could not post score for Mary Smith: section locked", "Mary Smith", "11223"],
      ["Could not post score for John Doe: section locked", "John Doe", "11224"],
    ].map(([message, studentName, studentId]) =>
      maskMessage(maskOwnStudent(message as string, { studentName, studentId })),
    );
    expect(templates).toEqual([
      "Could not post score for <student>: section locked",
      "Could not post score for <student>: section locked",
    ]);
  });

  it("replaces the student's own id and login too, and a name that holds the id as a whole", () => {
    expect(
      maskOwnStudent("No email for student 11223 (Lee 11223).", { studentName: "Lee 11223", studentId: "11223" }),
    ).toBe(`No email for student ${OWN_STUDENT} (${OWN_STUDENT}).`);
    expect(maskOwnStudent("Login msmith is not in the roster", { studentId: "msmith" })).toBe(
      `Login ${OWN_STUDENT} is not in the roster`,
    );
  });

  it("replaces the student's other ids (SIS id, login, email), longest first", () => {
    const student = {
      studentName: "Amy Lee",
      studentId: "9001",
      studentOtherIds: ["11223", "alee", "alee@school.org"],
    };
    expect(maskOwnStudent("No email for alee (11223), tried alee@school.org", student)).toBe(
      `No email for ${OWN_STUDENT} (${OWN_STUDENT}), tried ${OWN_STUDENT}`,
    );
    expect(maskOwnStudent("Section 511223 has no aleene", student)).toBe("Section 511223 has no aleene");
  });

  it("leaves the value where it is only part of a longer word, number, email or id", () => {
    for (const message of [
      "Enrollment 11223-0042 is inactive",
      "Section 511223 is closed",
      "Mail msmith@school.org bounced",
      "Score 11223.5 is too high",
      "Row x.11223 rejected",
      "Mary Smithson is not enrolled",
    ]) {
      const own = { studentName: "Mary Smith", studentId: "11223" };
      expect(maskOwnStudent(message, own) + maskOwnStudent(message, { studentId: "msmith" })).toBe(message + message);
    }
  });

  it("leaves short names and ids, which would stand for ordinary numbers and words", () => {
    expect(maskOwnStudent("Score 12 is out of range for Al", { studentName: "Al", studentId: "12" })).toBe(
      "Score 12 is out of range for Al",
    );
  });

  it("gives a template maskMessage leaves as it is", () => {
    const template = maskMessage(
      maskOwnStudent("Student 'Mary Smith' (11223) has no grade at 9/14/2025", {
        studentName: "Mary Smith",
        studentId: "11223",
      }),
    );
    expect(maskMessage(template)).toBe(template);
  });
});
