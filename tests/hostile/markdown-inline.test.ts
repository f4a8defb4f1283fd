import fc from "fast-check";
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { inlineMarkdown, verbatimMarkdown } from "../../packages/cli/src/render/markdown-inline.js";

/** What GitHub, GitLab and most ticket systems do with Markdown: CommonMark plus GFM (autolinks, strikethrough…). */
function html(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

function decoded(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** Text made of what Markdown reads as syntax, web and mail addresses, and words, spaces and line breaks between it. */
const hostile = fc
  .array(
    fc.oneof(
      fc.constantFrom(..."\\`*_[]()<>!&#|~-+=.:;/\"' \n\r\t".split("")),
      fc.constantFrom("http://x.org", "www.x.org", "a@b.org", "&amp;", "&#60;", "<b>", "](", "javascript:", "x", "9"),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join("").replace(/\0/g, ""));

describe("inlineMarkdown", () => {
  it("renders exactly its text, with no markup but code spans and mail links whose text is the address", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = html(`- **Label:** ${inlineMarkdown(text)}`);
        const tags = out.match(/<[^>]*>/g) ?? [];
        // Web addresses are shown in code spans, not linked; an e-mail address may be linked, its text itself.
        for (const tag of tags) expect(tag).toMatch(/^<\/?(ul|li|strong|code)>$|^<a href="mailto:[^"]*">$|^<\/a>$/);
        const visible = decoded(out.replace(/<[^>]*>/g, ""));
        const squash = (value: string) => value.replace(/\s+/g, " ").trim();
        expect(squash(visible)).toBe(squash(`Label: ${text.replace(/\r\n|\r|\n/g, " ")}`));
      }),
      { numRuns: 500 },
    );
  });

  it("adds no backslash where nothing would act", () => {
    expect(inlineMarkdown("Student.id [98659] does not have an AssignmentStudentAssociation")).toBe(
      "Student.id [98659] does not have an AssignmentStudentAssociation",
    );
    expect(inlineMarkdown("Alan_Turing, student_id 5 | C:\\dir a.b")).toBe("Alan_Turing, student_id 5 | C:\\dir a.b");
    expect(inlineMarkdown("[link](javascript:x) <b> *x* _y_")).toBe("[link\\](javascript:x) \\<b> \\*x\\* \\_y\\_");
  });

  it("ends a code span of an address where the sentence around it resumes", () => {
    expect(inlineMarkdown("add it (gpb-analyze --canvas-url https://your-school.instructure.com)")).toBe(
      "add it (gpb-analyze --canvas-url `https://your-school.instructure.com`)",
    );
    expect(inlineMarkdown("See https://x.org/a_(b), then www.y.org.")).toBe(
      "See `https://x.org/a_(b)`, then `www.y.org`.",
    );
  });
});

describe("verbatimMarkdown", () => {
  it("shows any text exactly, whatever backticks and fences it holds", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const out = html(verbatimMarkdown(text));
        const body = out.match(/^<pre><code class="language-text">([\s\S]*)<\/code><\/pre>$/)?.[1];
        expect(body).toBeDefined();
        const expected = text.replace(/\r\n|\r/g, "\n");
        expect(decoded(body ?? "")).toBe(`${expected}\n`);
      }),
      { numRuns: 500 },
    );
  });
});
