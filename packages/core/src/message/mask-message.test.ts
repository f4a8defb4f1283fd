import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maskMessage } from "./mask-message.js";

describe("maskMessage", () => {
  it.each([
    [
      "Student.id [98659] does not have an AssignmentStudentAssociation for AssignmentSection 277753",
      "Student.id [<num>] does not have an AssignmentStudentAssociation for AssignmentSection <num>",
    ],
    [
      'Multiple matches found for "Unit 3 Quiz" due on 2025-09-14 in OneRoster.',
      'Multiple matches found for "<*>" due on <date> in OneRoster.',
    ],
    ["Login jane.doe@school.org rejected at 9/14/2025 10:02 AM", "Login <email> rejected at <date>"],
    [
      "Request 3f2b8c1e-9a4d-4e2f-8b7a-1c2d3e4f5a6b failed: see https://sis.example/x?id=4",
      "Request <uuid> failed: see <url>",
    ],
    ["Section 77085.1 has   no  term", "Section <num> has no term"],
  ])("masks the variable parts of %s", (message, template) => {
    expect(maskMessage(message)).toBe(template);
  });

  it("gives the same template for messages that differ only in ids", () => {
    expect(maskMessage("User does not teach section 34272")).toBe(maskMessage("User does not teach section 9"));
  });

  it("keeps different wording apart", () => {
    expect(maskMessage("User does not teach section 1")).not.toBe(maskMessage("User does not own section 1"));
  });

  it("masks a long run of word characters in linear time (no retry from every position inside it)", () => {
    const run = "z".repeat(200_000);
    // Quadratic patterns took about a minute on this input; the test's timeout catches a regression.
    expect(maskMessage(`${run} x1 ${run}@${run}.org`)).toBe(`${run} <num> <email>`);
  });

  it("is idempotent on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 200 }), (text) => {
        const once = maskMessage(text);
        expect(maskMessage(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe("maskMessage and the wrappers a log writes around a message", () => {
  const message = "Gradebook gateway rejected batch 7781: tenant quota exceeded";
  const wrappers = [
    "PostGrades: ",
    "Post Submissions - ",
    "[student 123] ",
    "[PostGrades] ",
    "grade-sync -> aspen -> ",
    "Error: ",
    "RuntimeError: ",
    "409 Conflict: ",
    "HTTP/1.1 500 Internal Server Error - ",
    "(HTTP 403): ",
    "Error 500: ",
  ];

  it.each(wrappers)("gives %s+message the message's own template", (wrapper) => {
    expect(maskMessage(`${wrapper}${message}`)).toBe("Gradebook gateway rejected batch <num>: tenant quota exceeded");
  });

  it("gives the same template to any stack of wrappers, and masking it again changes nothing", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...wrappers), { maxLength: 4 }), fc.nat(99_999), (stack, id) => {
        const wrapped = maskMessage(`${stack.join("")}${message.replace("7781", String(id))}`);
        expect(wrapped).toBe(maskMessage(message));
        expect(maskMessage(wrapped)).toBe(wrapped);
      }),
    );
  });

  it("is idempotent on texts made of wrappers, placeholders and the parts masks look for", () => {
    const parts = [
      ...["[", "]", "(", ")", ":", " ", "-", "->", "|", "\n", "'", '"', ".", "Error", "RuntimeError", "PostGrades"],
      ...["HTTP", "/1.1", "409", "Conflict", "status", "x", "<num>", "a@b.co", "2025-01-02", "9/14/2025 10:02 AM"],
      ...["https://x.y/z", "3f2b8c1e-9a4d-4e2f-8b7a-1c2d3e4f5a6b", "abcdef0123456789ab"],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 12 }), (picked) => {
        const once = maskMessage(picked.join(""));
        expect(maskMessage(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps words that only look like a wrapper", () => {
    expect(maskMessage("Mapping enrolled -> active failed")).toBe("Mapping enrolled -> active failed");
    expect(maskMessage("200 students failed: quota")).toBe("<num> students failed: quota");
    // A text that is nothing but a wrapper is its own template.
    expect(maskMessage("[student 42]")).toBe("[student <num>]");
  });
});
