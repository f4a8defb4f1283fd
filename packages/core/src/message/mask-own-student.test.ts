import { describe, expect, it } from "vitest";
import { maskMessage } from "./mask-message.js";
import { maskOwnStudent, OWN_STUDENT } from "./mask-own-student.js";

describe("maskOwnStudent", () => {
  it("gives one template to a message that quotes each student's own name", () => {
    const templates = [
      ["Could not post score for Mary Smith: section locked", "Mary Smith", "11223"],
      ["Could not post score for John Doe: section locked", "John Doe", "11224"],
    ].map(([message, name, id]) => maskMessage(maskOwnStudent(message as string, name, id)));
    expect(templates).toEqual([
      "Could not post score for <student>: section locked",
      "Could not post score for <student>: section locked",
    ]);
  });

  it("replaces the student's own id and login too, and a name that holds the id as a whole", () => {
    expect(maskOwnStudent("No email for student 11223 (Lee 11223).", "Lee 11223", "11223")).toBe(
      `No email for student ${OWN_STUDENT} (${OWN_STUDENT}).`,
    );
    expect(maskOwnStudent("Login msmith is not in the roster", undefined, "msmith")).toBe(
      `Login ${OWN_STUDENT} is not in the roster`,
    );
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
      expect(maskOwnStudent(message, "Mary Smith", "11223") + maskOwnStudent(message, undefined, "msmith")).toBe(
        message + message,
      );
    }
  });

  it("leaves short names and ids, which would stand for ordinary numbers and words", () => {
    expect(maskOwnStudent("Score 12 is out of range for Al", "Al", "12")).toBe("Score 12 is out of range for Al");
  });

  it("gives a template maskMessage leaves as it is", () => {
    const template = maskMessage(
      maskOwnStudent("Student 'Mary Smith' (11223) has no grade at 9/14/2025", "Mary Smith", "11223"),
    );
    expect(maskMessage(template)).toBe(template);
  });
});
