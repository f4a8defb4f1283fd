import { Report } from "@sis/core";
import { describe, expect, it } from "vitest";
import { FORMATS } from "../../packages/cli/src/render/format.js";
import { renderJson } from "../../packages/cli/src/render/json.js";
import { escapeMarkdown } from "../../packages/cli/src/render/markdown-escape.js";
import { renderNdjsonRecord } from "../../packages/cli/src/render/ndjson.js";
import { renderedText } from "../../packages/cli/src/render/renderer.js";
import { RENDERERS } from "../../packages/cli/src/render/renderers.js";
import { TABLE_ROW_LIMIT } from "../../packages/cli/src/render/table.js";
import { GROUP_BY } from "../../packages/cli/src/view/group-by.js";
import { onlyUnresolved } from "../../packages/cli/src/view/only-unresolved.js";
import { sampleReport } from "./support/sample-report.js";

const SNAPSHOTS = "../fixtures/cli/snapshots/render";
/** The start of every ANSI colour sequence. */
const ANSI = "\u001b[";

describe("renderers", () => {
  it("has one renderer per format", () => {
    expect(Object.keys(RENDERERS).sort()).toEqual([...FORMATS].sort());
  });

  // The HTML page is tested in tests/html: as a snapshot it would be its page script and a gzipped blob of notes.
  for (const format of FORMATS.filter((f) => f !== "html")) {
    // --group-by only rearranges the table and Markdown; the other formats have one layout.
    for (const groupBy of format === "table" || format === "markdown" ? GROUP_BY : (["course"] as const)) {
      it(`renders ${format} grouped by ${groupBy}`, async () => {
        const text = renderedText(RENDERERS[format].render(sampleReport(), { groupBy, colour: false }));
        await expect(text).toMatchFileSnapshot(`${SNAPSHOTS}/${format}-by-${groupBy}.txt`);
      });
    }
  }

  it("json is exactly the report contract, objects indented and each item of a list on a line of its own", () => {
    const report = sampleReport();
    const json = renderedText(RENDERERS.json.render(report, { groupBy: "course", colour: false }));
    // The same data in the same key order as the report object.
    expect(JSON.stringify(JSON.parse(json))).toBe(JSON.stringify(report));
    expect(Report.parse(JSON.parse(json))).toEqual(report);
    // Each group whole on one line (grep finds a course's group), indented under "groups".
    const lines = json.split("\n");
    const groupLines = lines.slice(
      lines.indexOf('  "groups": [') + 1,
      lines.indexOf("  ],", lines.indexOf('  "groups": [')),
    );
    expect(groupLines.map((line) => JSON.parse(line.replace(/^ {4}/, "").replace(/,$/, "")))).toEqual(report.groups);
    expect(lines[0]).toBe("{");
    expect(lines).toContain('  "summary": {');
  });

  it("json written from groups built one at a time is the same text", () => {
    for (const report of [sampleReport(), sampleReport({ groups: [] })]) {
      const streamed = {
        ...report,
        groups: (function* () {
          yield* report.groups;
        })(),
      };
      const json = renderedText(renderJson(streamed));
      expect(json).toBe(renderedText(renderJson(report)));
      expect(JSON.parse(json)).toEqual(report);
    }
  });

  it("the table stops after TABLE_ROW_LIMIT findings and says how many it left out, in every arrangement", () => {
    const base = sampleReport();
    const groups = Array.from({ length: 150 }, (_, at) =>
      base.groups.map((group) => ({ ...group, course: { ...group.course, id: `c${at}`, name: `Course ${at}` } })),
    ).flat();
    const total = groups.reduce((sum, group) => sum + group.findings.length, 0);
    expect(total).toBeGreaterThan(TABLE_ROW_LIMIT);
    for (const groupBy of GROUP_BY) {
      const text = renderedText(RENDERERS.table.render({ ...base, groups }, { groupBy, colour: false }));
      expect(text).toContain(`… and ${total - TABLE_ROW_LIMIT} more findings not shown here.`);
      expect(text).toContain("--format csv");
      // The summary line comes last, wrapped to the width.
      expect(text.replaceAll("\n", " ")).toMatch(/ \d+ records?: [^…]*· catalog \S+\s*$/);
    }
  });

  it("colours the table only when asked", () => {
    const plain = renderedText(RENDERERS.table.render(sampleReport(), { groupBy: "course", colour: false }));
    const coloured = renderedText(RENDERERS.table.render(sampleReport(), { groupBy: "course", colour: true }));
    expect(plain).not.toContain(ANSI);
    expect(coloured).toContain(ANSI);
  });

  it("says so when there is nothing to act on", () => {
    const empty = sampleReport({ groups: [], unknown: [] });
    expect(renderedText(RENDERERS.table.render(empty, { groupBy: "course", colour: false }))).toContain(
      "No grade passback errors",
    );
    expect(renderedText(RENDERERS.escalation.render(empty, { groupBy: "course", colour: false }))).toContain(
      "No unresolved grade passback errors",
    );
  });

  it("writes nothing after the streamed ndjson records", () => {
    expect(renderedText(RENDERERS.ndjson.render(sampleReport(), { groupBy: "course", colour: false }))).toBe("");
  });
});

describe("table fixes", () => {
  it("labels each person's steps", () => {
    const text = renderedText(RENDERERS.table.render(sampleReport(), { groupBy: "course", colour: false }));
    expect(text).toContain(
      "    Teacher:\n      1. Give the *category* a default grade scale in Aspen, then sync again.",
    );
    expect(text).toContain("    SIS admin:\n      1. Enroll the student in section S-7 in Aspen.");
  });

  it("says what each error means and whether its wording was verified, in the table and in Markdown", () => {
    for (const format of ["table", "markdown"] as const) {
      const text = renderedText(RENDERERS[format].render(sampleReport(), { groupBy: "course", colour: false }));
      const flat = text.replace(/\s+/g, " ");
      expect(flat).toContain("Aspen has no enrollment for the student in the section the course is linked to.");
      expect(flat).toContain("The Aspen category has no default grade scale, so Aspen cannot store the score.");
      expect(flat).toMatch(/Student Not Enrolled.*Wording: inferred .*Given Gradebook Column Type.*Wording: verified/);
    }
  });
});

describe("escalation", () => {
  const text = renderedText(RENDERERS.escalation.render(sampleReport(), { groupBy: "course", colour: false }));

  it("writes one note per course", () => {
    expect(text.match(/^# Grade passback escalation: /gm)).toHaveLength(2);
  });

  it("carries the specific examples support practice asks for", () => {
    expect(text).toContain("<https://school.instructure.com/courses/1234>");
    expect(text).toContain("Ada Lovelace (id s-1)");
    expect(text).toContain("Unit 1 Test (assignment 55)");
    expect(text).toContain("2026-11-19 08:00 UTC");
    expect(text).toContain("- **To:** The school's SIS admin; the teacher");
    expect(text).toContain("- [ ] SIS ids of the course section");
    expect(text).toMatch(/- \[ \] Screenshot of the SIS gradebook attached \(Attach before sending, above\)/);
    expect(text).toMatch(/A screenshot of the SIS gradebook .*no log\s+can provide it/);
  });
});

describe("escapeMarkdown", () => {
  it("makes table and formatting characters inert", () => {
    expect(escapeMarkdown("a | b * c _ d `e` <f> [g](h)\nnext")).toBe(
      "a \\| b \\* c \\_ d \\`e\\` \\<f\\> \\[g\\](h) next",
    );
  });

  it("escapes the escape character first", () => {
    expect(escapeMarkdown("C:\\path|x")).toBe("C:\\\\path\\|x");
  });

  it("keeps every markdown table row on one line with the right number of cells", () => {
    const text = renderedText(RENDERERS.markdown.render(sampleReport(), { groupBy: "course", colour: false }));
    for (const row of text.split("\n").filter((line) => line.startsWith("| "))) {
      const cells = row.replace(/\\\|/g, "").split("|").length - 2;
      expect([3, 7]).toContain(cells);
    }
  });
});

describe("onlyUnresolved", () => {
  it("drops resolved findings and groups left empty", () => {
    const report = onlyUnresolved(sampleReport());
    expect(Report.parse(report)).toEqual(report);
    expect(report.groups.flatMap((group) => group.findings).every((finding) => !finding.resolved)).toBe(true);
    expect(report.groups).toHaveLength(3);
    expect(report.groups[0]?.findings).toHaveLength(1);
  });
});

describe("ndjson record", () => {
  const record = { line: 4, source: "-", status: "error" as const, message: "boom", courseId: "1" };

  it("writes error and warning records as one JSON line", () => {
    const line = renderNdjsonRecord({ record, match: null, candidates: [], template: "boom" });
    expect(line?.endsWith("\n")).toBe(true);
    expect(JSON.parse(line ?? "")).toEqual({
      line: 4,
      source: "-",
      course: { id: "1", name: null },
      assignment: { id: null, name: null },
      student: { id: null, name: null },
      status: "error",
      httpStatus: null,
      message: "boom",
      entry: null,
      candidates: [],
      template: "boom",
    });
  });

  it("skips successes", () => {
    expect(
      renderNdjsonRecord({ record: { ...record, status: "success" }, match: null, candidates: [], template: null }),
    ).toBeNull();
  });
});
