import { describe, expect, it } from "vitest";
import { textToMatch } from "./text-to-match.js";

describe("textToMatch", () => {
  it("undoes HTML, JSON and CSV escaping, and leaves plain text as the same string", () => {
    expect(textToMatch("Teacher&#39;s &quot;Lab 3&quot; &amp; &#x41;&lt;b&gt;")).toBe(`Teacher's "Lab 3" & A<b>`);
    expect(textToMatch('category \\"Homework\\" \\u0022x\\u0022 a\\/b')).toBe('category "Homework" "x" a/b');
    expect(textToMatch('Assignment ""Lab 3"" not found')).toBe('Assignment "Lab 3" not found');
    const plain = "given GradebookColumnType does not have a default GradeScale";
    expect(textToMatch(plain)).toBe(plain);
    // One pass: an escaped ampersand is not decoded twice.
    expect(textToMatch("&amp;quot;")).toBe("&quot;");
  });
});
