import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { renderHtml } from "@sis/cli/html";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderEscalation } from "../../packages/cli/src/render/escalation.js";
import { renderedText } from "../../packages/cli/src/render/renderer.js";
import { runCli } from "../cli/support/run-cli.js";
import { sampleReport } from "../cli/support/sample-report.js";
import { HOSTILE_TEXTS, hostileExport, LONG_MESSAGE_TAIL } from "./support/hostile-texts.js";

const EXAMPLE = "tests/fixtures/examples/grade-sync-export.csv";

/** The page's elements of one kind with their content, in order. */
function blocks(html: string, tag: "script" | "style"): { open: string; content: string }[] {
  return [...html.matchAll(new RegExp(`<${tag}([^>]*)>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => ({
    open: m[1] ?? "",
    content: m[2] ?? "",
  }));
}

function cspOf(html: string): string {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? "";
  return meta.replaceAll("&#39;", "'");
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

let dir: string;
let hostileHtml: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gpb-html-"));
  const hostile = join(dir, "hostile.csv");
  await writeFile(hostile, hostileExport());
  const run = await runCli([hostile, "--format", "html", "--quiet"]);
  expect(run.code).toBe(1);
  hostileHtml = run.stdout;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("--format html: one self-contained file", () => {
  it("allows exactly its own script and style by hash, and loads nothing from anywhere", async () => {
    const { code, stdout } = await runCli([EXAMPLE, "--format", "html", "--quiet"]);
    expect(code).toBe(1);
    const csp = cspOf(stdout);
    const scripts = blocks(stdout, "script");
    const executable = scripts.filter((s) => !/type=/.test(s.open));
    expect(executable).toHaveLength(1);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${sha256(executable[0]?.content ?? "")}`);
    expect(csp).toContain(`style-src ${sha256(blocks(stdout, "style")[0]?.content ?? "")}`);
    expect(csp).toContain("require-trusted-types-for 'script'");
    // Data blocks only: every other <script> has a non-JavaScript type.
    expect(scripts.filter((s) => /type=/.test(s.open)).map((s) => /type="([^"]+)"/.exec(s.open)?.[1])).toEqual([
      "application/json",
      "text/plain",
    ]);
    // Nothing refers to anything outside the file, except links a person clicks (none here: no --canvas-url).
    expect(stdout).not.toMatch(/\b(?:src|href)="(?!#)/);
    expect(stdout).not.toMatch(/url\(|@import/);
  });

  it("gives the same file for the same report", () => {
    const report = sampleReport();
    expect(renderHtml(report)).toBe(renderHtml(report));
  });

  it("carries each course's escalation note exactly as --format escalation writes it", () => {
    const report = sampleReport();
    const html = renderHtml(report);
    const data = JSON.parse(
      /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html)?.[1] ?? "",
    );
    const packed = /<script type="text\/plain" id="escalation-notes"[^>]*>([^<]*)<\/script>/.exec(html)?.[1] ?? "";
    const notes = gunzipSync(Buffer.from(packed, "base64")).toString("utf8");
    for (const course of data.courses) {
      const groups = report.groups.filter((g) => g.course.id === course.id);
      const [start, length] = course.note;
      expect(notes.slice(start, start + length)).toBe(renderedText(renderEscalation({ ...report, groups }, {})));
    }
    expect(data.courses.map((c: { anchor: string }) => c.anchor)).toEqual(["course-1234", "course-2001"]);
  });

  it("is listed by --help", async () => {
    const { stdout } = await runCli(["--help"]);
    expect(stdout).toMatch(/choices:\s[^)]*"html"/);
  });
});

describe("charts and their tables", () => {
  it("count every timestamped error once per day, split by entry and by resolved or not", async () => {
    // A mergeable report carries each finding's days: counted here independently of the timeline the page draws.
    const json = JSON.parse((await runCli([EXAMPLE, "--format", "json", "--quiet", "--mergeable"])).stdout);
    const { stdout } = await runCli([EXAMPLE, "--format", "html", "--quiet"]);
    const table = /<details class="data-table">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(stdout)?.[1] ?? "";
    const rows = [...table.matchAll(/<tr><th scope="row">([\d-]+)<\/th>(.*?)<\/tr>/g)].map(([, day, cells]) => ({
      day,
      numbers: [...(cells ?? "").matchAll(/<td class="n">([\d,]+)<\/td>/g)].map((m) =>
        Number(m[1]?.replaceAll(",", "")),
      ),
    }));
    const daily = new Map<string, number>();
    for (const group of json.groups) {
      for (const finding of group.findings) {
        for (const [day, count] of Object.entries(finding.daily as Record<string, number>)) {
          daily.set(day, (daily.get(day) ?? 0) + count);
        }
      }
    }
    expect(rows.map((row) => row.day)).toEqual([...daily.keys()].sort());
    for (const { day, numbers } of rows) {
      const [total = 0, ...rest] = numbers;
      const [unresolved = 0, resolved = 0] = rest.slice(-2);
      expect(total, day).toBe(daily.get(day ?? ""));
      expect(
        rest.slice(0, -2).reduce((sum, n) => sum + n, 0),
        `${day} by entry`,
      ).toBe(total);
      expect(unresolved + resolved, `${day} by status`).toBe(total);
    }
    expect(rows.reduce((sum, row) => sum + (row.numbers[0] ?? 0), 0)).toBe(json.summary.errors + json.summary.warnings);
  });
});

describe("--format html: counts and their nouns", () => {
  /** What a person reads: the page without its script, data and style, tags as spaces. */
  const pageText = (html: string) =>
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, " ")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ");
  const HEADER = "timestamp,course_id,course_name,assignment_id,assignment_name,student_id,status,message";

  it("says 1 record, 1 error, 1 course, 1 template, 1 day: the noun agrees with the number", async () => {
    // One input with one error, another with one earlier success (for another student): one of everything.
    const failed = join(dir, "failed.csv");
    const posted = join(dir, "posted.csv");
    await writeFile(failed, `${HEADER}\n2025-09-14T10:00:00Z,4411,Biology,901,Lab 1,U1,failed,Widget 7 refused it\n`);
    await writeFile(posted, `${HEADER}\n2025-09-14T09:00:00Z,4411,Biology,901,Lab 1,U2,success,Grade posted\n`);
    const text = pageText((await runCli([failed, posted, "--format", "html", "--quiet"])).stdout);
    for (const words of [
      "failed.csv (csv, 1 record)",
      "failed.csv and 1 more input",
      "0 warnings · 1 success",
      "of 1 finding in 1 assignment",
      "1 day from 2025-09-14 to 2025-09-14; the busiest day, 2025-09-14, had 1 error.",
      "2025-09-14: 1 error",
      "(1 day with errors)",
      "Findings by course 1 course ",
      "Unknown errors 1 template ",
      "1 error · nearest entry",
    ]) {
      expect(text).toContain(words);
    }
    // No entry explains its error: the chart names no entries, and says no count of them.
    expect(text).toContain("Per day, by catalog entry Errors per day");
    expect(text).not.toMatch(
      /\b1 (?:records|inputs|errors|warnings|successes|findings|assignments|days|courses|templates)\b/,
    );
  });

  it("says a log's errors have no timestamps rather than showing an empty range", async () => {
    const untimed = join(dir, "untimed.csv");
    await writeFile(
      untimed,
      "course_id,assignment_id,student_id,status,message\n4411,901,U1,failed,Widget 7 refused it\n",
    );
    const text = pageText((await runCli([untimed, "--format", "html", "--quiet"])).stdout);
    expect(text).toContain("Errors seen No timestamps no error in the log has a date or time");
    expect(text).not.toMatch(/— to —/);
  });

  it("says 1 warning where a log's one warning is counted with the errors", async () => {
    const warned = join(dir, "warned.csv");
    await writeFile(warned, `${HEADER}\n2025-09-14T10:00:00Z,4411,Biology,901,Lab 1,U1,warning,Widget 7 was slow\n`);
    const text = pageText((await runCli([warned, "--format", "html", "--quiet"])).stdout);
    expect(text).toContain("1 warning · 0 successes");
    expect(text).toContain("Counts include 1 warning as well as errors.");
    expect(text).not.toMatch(/\b1 warnings\b/);
  });
});

describe("--format html: errors per SIS", () => {
  it("counts one SIS in one row, however the log spells it", async () => {
    const log = [
      "sis,course_id,assignment_id,student_id,status,message",
      "PowerSchool,101,7,5001,error,Upstream gateway hiccup",
      "POWERSCHOOL ,102,8,5002,error,Upstream gateway hiccup",
      "PowerTeacher Pro,103,9,5003,error,Upstream gateway hiccup",
      "Aspen,104,9,5004,error,Upstream gateway hiccup",
    ].join("\n");
    const { stdout } = await runCli(["--format", "html", "--quiet"], { stdin: log });
    const table = /<caption>Errors per SIS<\/caption>[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(stdout)?.[1] ?? "";
    const rows = [...table.matchAll(/<tr><th scope="row">([^<]*)<\/th><td class="n">(\d+)<\/td>/g)];
    expect(rows.map(([, sis, errors]) => [sis, Number(errors)])).toEqual([
      ["powerschool", 3],
      ["aspen", 1],
    ]);
  });
});

describe("hostile log text stays text", () => {
  it("never appears as markup: every < from the log is escaped, in the page and in its data", () => {
    const markupOutsideData = hostileHtml.replace(
      /<script type="(?:application\/json|text\/plain)"[^>]*>[^<]*<\/script>/g,
      "",
    );
    for (const text of HOSTILE_TEXTS.filter((t) => t.includes("<"))) expect(markupOutsideData).not.toContain(text);
    expect(markupOutsideData).not.toMatch(
      /<(?:img|svg onload|iframe|link|meta http-equiv="refresh"|a href="javascript)/i,
    );
    expect(markupOutsideData).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    expect(markupOutsideData.match(/<script/g)).toHaveLength(1);
    expect(markupOutsideData.match(/<style/g)).toHaveLength(1);
    // The data block holds no character that could end it or open a comment.
    const data = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(hostileHtml)?.[1] ?? "";
    expect(data).not.toMatch(/[<>]/);
    expect(JSON.parse(data).texts.join("\n")).toContain("<script>window.__pwned = 'script tag'</script>");
  });

  it("shows direction controls as visible marks", () => {
    expect(hostileHtml).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(hostileHtml).toContain("invoice&lt;U+202E&gt;gpj.exe");
  });

  it("cuts a 1 MB message, saying how much was left out", () => {
    // Core keeps 4,096 characters of it (and says so in a diagnostic); the page shows 2,000 of those.
    expect(hostileHtml).not.toContain(LONG_MESSAGE_TAIL);
    expect(hostileHtml).toContain("only the first 4096 are kept");
    expect(hostileHtml).toContain("… (2,096 more characters)");
    expect(hostileHtml.length).toBeLessThan(400_000);
  });

  it("keeps a page small when a report handed to renderHtml holds a 1 MB message", () => {
    const report = sampleReport();
    const finding = report.groups[0]?.findings[0];
    if (!finding) throw new Error("the sample report has a finding");
    finding.examples = [{ line: 7, source: "export.csv", message: `${"x".repeat(1_048_576)}${LONG_MESSAGE_TAIL}` }];
    const html = renderHtml(report);
    expect(html).not.toContain(LONG_MESSAGE_TAIL);
    expect(html).toContain("… (1,046,626 more characters)");
    expect(html.length).toBeLessThan(200_000);
  });
});

describe("--redact", () => {
  it("leaves no student name or id in the page, its data or its escalation notes", async () => {
    const { stdout } = await runCli([EXAMPLE, "--format", "html", "--quiet", "--redact"]);
    const packed = /id="escalation-notes"[^>]*>([^<]*)</.exec(stdout)?.[1] ?? "";
    const everything = `${stdout}\n${gunzipSync(Buffer.from(packed, "base64")).toString("utf8")}`;
    for (const student of ["Chloe Ito", "Sami Kowalski", "Omar Cohen", "2650441"])
      expect(everything).not.toContain(student);
    expect(stdout).toContain("Redacted: student names, ids and emails are pseudonyms");
  });
});
