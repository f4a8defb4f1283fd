import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { Report } from "@sis/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROVISIONING_CAPS } from "../../packages/cli/src/mcp/cap-provisioning.js";
import { MAX_GROUPS, REPORT_CAPS } from "../../packages/cli/src/mcp/cap-report.js";
import { RESOURCE_NOT_FOUND } from "../../packages/cli/src/mcp/catalog-resources.js";
import { OMITTED_COURSES_NAMED } from "../../packages/cli/src/mcp/escalation-tool.js";
import { RESULT_CHAR_LIMIT, sizeOf } from "../../packages/cli/src/mcp/tool-result.js";
import { runCli } from "../cli/support/run-cli.js";
import { BIN, callTool, connectToServer, textOf } from "./mcp-client.js";

const EXPORT = "tests/fixtures/examples/grade-sync-export.csv";
/** A week of four courses, one with an error no catalog entry explains. */
const WEEK = "tests/fixtures/examples/grade-sync-week.csv";
const dir = mkdtempSync(join(tmpdir(), "gpb-mcp-"));
let client: Client;

/** Courses (14 by default), each with one assignment where 7 students hit an error no later success clears. */
function bigLog(courses = 14): string {
  const rows = ["timestamp,sis,course_id,course_name,assignment_id,assignment_name,student_id,status,message"];
  for (let course = 1; course <= courses; course++) {
    for (let student = 1; student <= 7; student++) {
      const time = new Date(Date.UTC(2025, 9, course, student)).toISOString();
      const message = `User does not teach section ${1000 + course}`;
      rows.push(`${time},powerschool,${course},Course ${course},${course * 10},Quiz,${student},error,${message}`);
    }
  }
  return `${rows.join("\n")}\n`;
}

async function cliJson(args: readonly string[]): Promise<Report> {
  return JSON.parse((await runCli(["--format", "json", ...args])).stdout) as Report;
}

// Only after `pnpm build`; CI builds before testing.
describe.skipIf(!existsSync(BIN))("gpb-analyze mcp, driven by the MCP SDK's client over stdio", () => {
  beforeAll(async () => {
    client = await connectToServer();
  });
  afterAll(async () => {
    await client?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists its four tools, each with input and output schemas", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(["analyze", "catalog_search", "escalation", "explain"]);
    for (const tool of tools) {
      expect(tool.inputSchema.type).toBe("object");
      expect(tool.outputSchema?.type).toBe("object");
      expect(tool.description?.length).toBeGreaterThan(40);
    }
    const analyze = tools.find((tool) => tool.name === "analyze");
    expect(Object.keys(analyze?.outputSchema?.properties ?? {})).toEqual(["summary", "narrowed", "omitted", "report"]);
    expect(Object.keys(analyze?.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining([
        "paths",
        "text",
        "sis",
        "redact",
        "onlyUnresolved",
        "groupBy",
        "maxGroups",
        "skipGroups",
        "course",
        "entry",
        "unexplained",
      ]),
    );
  });

  it("analyze: the summary first, and the report of the CLI's --format json", async () => {
    const cli = await cliJson([EXPORT]);
    const result = await callTool(client, "analyze", { paths: [EXPORT], maxGroups: 200 });
    expect(result.isError).toBeFalsy();
    const { summary, report, omitted } = result.structuredContent as {
      summary: unknown;
      report: Report;
      omitted: { users: number };
    };
    expect(Object.keys(result.structuredContent ?? {})[0]).toBe("summary");
    expect(summary).toEqual(cli.summary);
    expect(textOf(result).split("\n")[0]).toMatch(/^494 records: 76 errors/);
    // The same groups, most unresolved errors first; users are capped per finding, the rest is the CLI's report.
    const key = (group: Report["groups"][number]) => `${group.course.id}/${group.assignment.id}`;
    const cliGroups = new Map(cli.groups.map((group) => [key(group), group]));
    expect(report.groups.map(key).sort()).toEqual([...cliGroups.keys()].sort());
    for (const group of report.groups) {
      const expected = cliGroups.get(key(group));
      const findings = expected?.findings.map((finding) => ({
        ...finding,
        users: finding.users.slice(0, REPORT_CAPS.usersPerFinding),
      }));
      expect(group).toEqual({ ...expected, findings });
    }
    const unresolved = report.groups.map((group) =>
      group.findings.filter((f) => !f.resolved).reduce((n, f) => n + f.count, 0),
    );
    expect(unresolved).toEqual([...unresolved].sort((a, b) => b - a));
    const allUsers = cli.groups.flatMap((g) => g.findings).reduce((sum, f) => sum + f.usersTotal, 0);
    expect(omitted.users).toBe(
      allUsers - report.groups.flatMap((g) => g.findings).reduce((s, f) => s + f.users.length, 0),
    );
    expect(textOf(result)).toMatch(/Left out: \d+ affected students/);
  });

  it("analyze: pages through a log's groups with skipGroups, in one order, none twice and none missed", async () => {
    const key = (group: Report["groups"][number]) => `${group.course.id}/${group.assignment.id}`;
    const page = async (skipGroups: number) => {
      const result = await callTool(client, "analyze", { paths: [EXPORT], maxGroups: 1, skipGroups });
      const structured = result.structuredContent as {
        report: Report;
        omitted: { groups: number; nextSkipGroups: number | null };
      };
      return { ...structured, text: textOf(result) };
    };
    const whole = (await callTool(client, "analyze", { paths: [EXPORT], maxGroups: 200 })).structuredContent as {
      report: Report;
    };
    const total = whole.report.groups.length;
    expect(total).toBeGreaterThan(2);
    const pages = [];
    for (let skip = 0; skip < total; skip++) pages.push(await page(skip));
    expect(pages.flatMap((p) => p.report.groups.map(key))).toEqual(whole.report.groups.map(key));
    expect(pages.map((p) => p.omitted.groups)).toEqual(pages.map(() => total - 1));
    // Each page says where it lies and what to ask for next, in the text and in `omitted`.
    expect(pages.map((p) => p.omitted.nextSkipGroups)).toEqual(
      [...pages.keys()].map((i) => (i + 1 < total ? i + 1 : null)),
    );
    expect(pages[1]?.text).toContain(
      `Groups 2 to 2 of ${total} groups, the most unresolved errors first; next page: skipGroups 2.`,
    );
    expect(pages[total - 1]?.text).toContain(
      `Groups ${total} to ${total} of ${total} groups, the most unresolved errors first; the last page.`,
    );
    // A page past the end is not a log without errors.
    const past = await page(total);
    expect(past.report.groups).toEqual([]);
    expect(past.omitted.nextSkipGroups).toBeNull();
    expect(past.text).toContain(`No groups on this page: skipGroups ${total} is past the last of the ${total} groups.`);
  });

  it("analyze: narrows to one course, one entry or the unexplained errors; the summary still counts the whole log", async () => {
    const cli = await cliJson([WEEK]);
    const key = (group: Report["groups"][number]) => `${group.course.id}/${group.assignment.id}`;
    const narrow = async (args: Record<string, unknown>) => {
      const result = await callTool(client, "analyze", { paths: [WEEK], ...args });
      expect(result.isError, JSON.stringify(args)).toBeFalsy();
      const structured = result.structuredContent as { summary: unknown; narrowed: unknown; report: Report };
      expect(structured.summary).toEqual(cli.summary);
      return { ...structured, text: textOf(result) };
    };

    const course = await narrow({ course: "30101" });
    const cliCourse = cli.groups.filter((group) => group.course.id === "30101");
    expect(course.report.groups.map(key).sort()).toEqual(cliCourse.map(key).sort());
    const errors = cliCourse.flatMap((group) => group.findings).reduce((sum, finding) => sum + finding.count, 0);
    expect(course.narrowed).toEqual({
      course: "30101",
      entry: null,
      unexplained: false,
      groups: 2,
      findings: 3,
      errors,
    });
    expect(course.text).toContain(`Narrowed to course "30101": 2 of 7 groups, ${errors} of 14 errors and warnings`);
    const byName = await narrow({ course: "US History - P5" });
    expect(byName.report.groups.map((group) => group.course.id)).toEqual(["51007", "51007"]);

    const entry = "aspen-gradebook-column-type-no-default-grade-scale";
    const ofEntry = await narrow({ entry });
    const findings = ofEntry.report.groups.flatMap((group) => group.findings);
    expect(findings.map((finding) => finding.entry?.id)).toEqual([entry, entry]);
    expect(Object.keys(ofEntry.report.entries)).toEqual([entry]);
    expect(ofEntry.report.unknown).toEqual([]);
    expect(ofEntry.text).toContain(`Narrowed to entry ${entry}: 2 of 7 groups`);

    const unexplained = await narrow({ unexplained: true });
    expect(unexplained.report.groups.flatMap((group) => group.findings.map((finding) => finding.entry))).toEqual([
      null,
    ]);
    expect(unexplained.report.unknown).toEqual(cli.unknown);
    const inCourse = await narrow({ course: "51007", unexplained: true });
    expect(inCourse.report.unknown).toEqual(cli.unknown);
    expect(inCourse.narrowed).toMatchObject({ groups: 1, errors: 2 });
    expect((await narrow({ course: "30101" })).report.unknown).toEqual([]);
  });

  it("analyze: a course or entry that matches nothing is an error naming what there is, not an empty result", async () => {
    const refusal = async (args: Record<string, unknown>) => {
      const result = await callTool(client, "analyze", { paths: [WEEK], ...args });
      expect(result.isError, JSON.stringify(args)).toBe(true);
      return textOf(result);
    };
    expect(await refusal({ course: "3010" })).toBe(
      'error: expected the id or name of a course with findings in this log, got "3010"; courses with findings: ' +
        "30101, 62044, 51007, 40212",
    );
    expect(await refusal({ entry: "aspen-gradebook-column-type" })).toBe(
      'error: expected the id of a catalog entry as `entry`, got "aspen-gradebook-column-type"; did you mean ' +
        "aspen-gradebook-column-type-no-default-grade-scale? call catalog_search to find one",
    );
    expect(await refusal({ entry: "powerschool-409-student-id", course: "30101" })).toMatch(
      /^error: expected findings of entry "powerschool-409-student-id" in course "30101", got none; entries with findings in course "30101": [a-z-]+, [a-z-]+$/,
    );
    expect(await refusal({ course: "30101", unexplained: true })).toBe(
      'error: expected errors no catalog entry explains in course "30101", got none: every error of course "30101" is explained',
    );
    expect(await refusal({ entry: "aspen-session-expired", unexplained: true })).toBe(
      'error: expected `entry` or `unexplained`, got both (entry "aspen-session-expired")',
    );
  });

  it("analyze: inline text and the CLI's options (sis, redact, onlyUnresolved, groupBy) as the CLI applies them", async () => {
    const text = readFileSync("tests/fixtures/cli/students.csv", "utf8");
    const flags = ["--sis", "aspen", "--redact", "--only-unresolved"];
    const piped = JSON.parse((await runCli(["--format", "json", ...flags], { stdin: text })).stdout) as Report;
    const markdown = (await runCli(["--format", "markdown", "--group-by", "error", ...flags], { stdin: text })).stdout;
    const args = { text, sis: "aspen", redact: true, onlyUnresolved: true, groupBy: "error" };
    const result = await callTool(client, "analyze", args);
    const { report } = result.structuredContent as { report: Report };
    expect(report.summary).toEqual(piped.summary);
    expect(report.groups.map((g) => g.findings.map((f) => f.students))).toEqual(
      piped.groups.map((g) => g.findings.map((f) => f.students)),
    );
    expect(JSON.stringify(result)).not.toMatch(/Zelda|Quixote|48213/);
    expect(report.inputs[0]?.name).toBe("text");
    // Arranged per error, like the CLI's Markdown with --group-by error (sections ranked by unresolved errors).
    const headings = (text: string) =>
      text
        .split("\n")
        .filter((line) => line.startsWith("## "))
        .sort();
    expect(headings(textOf(result))).toEqual(headings(markdown));
    expect(headings(markdown)).toContain("## Given Gradebook Column Type");
  });

  it("analyze: caps a large log to the groups with the most unresolved errors and says what it left out", async () => {
    const path = join(dir, "district.csv");
    writeFileSync(path, bigLog());
    const cli = await cliJson([path]);
    const result = await callTool(client, "analyze", { paths: [path] });
    const { report, omitted } = result.structuredContent as { report: Report; omitted: Record<string, number> };
    expect(cli.groups).toHaveLength(14);
    expect(report.groups).toHaveLength(REPORT_CAPS.groups);
    expect(omitted.groups).toBe(14 - REPORT_CAPS.groups);
    expect(omitted.users).toBe(REPORT_CAPS.groups * (7 - REPORT_CAPS.usersPerFinding));
    expect(report.summary.groups).toBe(14);
    expect(textOf(result)).toContain(`Left out: ${14 - REPORT_CAPS.groups} groups`);
    expect(textOf(result)).toMatch(/escalation.*gpb-analyze --format json/s);
  });

  it("analyze: a page of maxGroups 200 keeps as many groups as fit in the result's size and says where to go on", async () => {
    const path = join(dir, "district-300.csv");
    writeFileSync(path, bigLog(300));
    const result = await callTool(client, "analyze", { paths: [path], maxGroups: MAX_GROUPS });
    expect(result.isError).toBeFalsy();
    const { report, omitted } = result.structuredContent as {
      report: Report;
      omitted: { groups: number; nextSkipGroups: number | null };
    };
    const size = JSON.stringify(result.structuredContent).length + textOf(result).length;
    expect(size).toBeLessThanOrEqual(RESULT_CHAR_LIMIT);
    const kept = report.groups.length;
    expect(kept).toBeGreaterThan(REPORT_CAPS.groups);
    expect(kept).toBeLessThan(MAX_GROUPS);
    expect([omitted.groups, omitted.nextSkipGroups]).toEqual([300 - kept, kept]);
    expect(textOf(result)).toContain(
      `Groups 1 to ${kept} of 300 groups, the most unresolved errors first; next page: skipGroups ${kept}. ` +
        `Only ${kept} of the ${MAX_GROUPS} asked for fit in 100,000 characters.`,
    );
    // The next page goes on where this one stopped.
    const next = await callTool(client, "analyze", { paths: [path], maxGroups: MAX_GROUPS, skipGroups: kept });
    const nextGroups = (next.structuredContent as { report: Report }).report.groups;
    expect(nextGroups[0]?.course.id).not.toBe(report.groups.at(-1)?.course.id);
    expect(textOf(next)).toMatch(new RegExp(`^Groups ${kept + 1} to \\d+ of 300 groups`, "m"));
  });

  it("analyze: an SIS import folder, its sections capped (findings per file, objects) and the caps said", async () => {
    const folder = join(dir, "import");
    mkdirSync(folder);
    const rows = Array.from({ length: 40 }, (_, i) => `BIO,${9000 + i},Role${i},active`);
    const lines = ["course_id,user_id,role,status", ...rows];
    writeFileSync(join(folder, "enrollments.csv"), `${lines.join("\n")}\n`);
    writeFileSync(join(folder, "users.csv"), "user_id,login_id,status\n1,a,active\n1,b,enroled\n,c,active\n");
    const result = await callTool(client, "analyze", { paths: [folder] });
    const { report, omitted } = result.structuredContent as { report: Report; omitted: Record<string, number> };
    const files = report.provisioning?.imports.flatMap((item) => item.files) ?? [];
    expect(files.map((file) => file.name)).toEqual(["enrollments.csv", "users.csv"]);
    for (const file of files) expect(file.findings.length).toBeLessThanOrEqual(PROVISIONING_CAPS.findingsPerFile);
    expect(report.provisioning?.objects.length).toBe(PROVISIONING_CAPS.objects);
    expect(omitted.provisioningObjects).toBeGreaterThan(0);
    expect(textOf(result)).toMatch(/Left out: .*objects with SIS import findings/);
  });

  it("analyze: a folder's file that is no log is skipped as on the command line; a folder of only such fails", async () => {
    const folder = join(dir, "ticket");
    mkdirSync(folder);
    copyFileSync(EXPORT, join(folder, "export.csv"));
    copyFileSync("tests/fixtures/hostile/png-magic.png", join(folder, "screenshot.png"));
    const result = await callTool(client, "analyze", { paths: [folder] });
    expect(result.isError).toBeFalsy();
    const { report } = result.structuredContent as { report: Report };
    const json = await cliJson([folder]);
    expect(report.summary.records).toBe(json.summary.records);
    const skips = report.diagnostics.filter((diagnostic) => diagnostic.code === "input-skipped");
    expect(skips).toEqual(json.diagnostics.filter((diagnostic) => diagnostic.code === "input-skipped"));
    expect(skips).toEqual([
      expect.objectContaining({
        source: join(folder, "screenshot.png"),
        message: expect.stringContaining("a PNG image"),
      }),
    ]);
    const images = join(dir, "screenshots");
    mkdirSync(images);
    copyFileSync("tests/fixtures/hostile/png-magic.png", join(images, "screenshot.png"));
    const nothing = await callTool(client, "analyze", { paths: [images] });
    expect(nothing.isError).toBe(true);
    const cli = await runCli([images]);
    expect(cli.code).toBe(2);
    expect(`${textOf(nothing)}\n`).toBe(cli.stderr.split("\n").slice(-2).join("\n"));
  });

  it("explain: the entry, fix and captures a one-line log gets, with provenance; candidates when the SIS is unknown", async () => {
    const message = "Student.id [98659] does not have an AssignmentStudentAssociation for AssignmentSection 277753";
    const cli = JSON.parse((await runCli(["--format", "json"], { stdin: `${message}\n` })).stdout) as Report;
    const expected = cli.groups[0]?.findings[0];
    const result = await callTool(client, "explain", { message });
    const explained = result.structuredContent as Record<string, unknown> & {
      entry: { id: string; provenance: { message: string } };
    };
    expect(explained.explained).toBe(true);
    expect(explained.entry.id).toBe(expected?.entry?.id);
    expect(explained.captures).toEqual(expected?.captures);
    expect(explained.fix).toEqual(expected?.fix);
    expect(explained.provenance).toBe(explained.entry.provenance.message);

    const shared = "Assignment name already exists for class";
    const unknownSis = (await callTool(client, "explain", { message: shared })).structuredContent as {
      sisKnown: boolean;
      candidates: { entry: { id: string } }[];
    };
    expect(unknownSis.sisKnown).toBe(false);
    expect(unknownSis.candidates.map((c) => c.entry.id)).toEqual([
      "aspen-duplicate-assignment",
      "powerschool-assignment-already-exists",
    ]);
    const known = (await callTool(client, "explain", { message: shared, sis: "PowerSchool" })).structuredContent as {
      sisKnown: boolean;
      entry: { id: string };
      candidates: unknown[];
    };
    expect([known.sisKnown, known.entry.id, known.candidates]).toEqual([
      true,
      "powerschool-assignment-already-exists",
      [],
    ]);

    const none = (await callTool(client, "explain", { message: "The flux capacitor 42 overheated" })).structuredContent;
    expect(none).toMatchObject({ explained: false, entry: null, template: "The flux capacitor <num> overheated" });
  });

  it("catalog_search: entries by SIS as `catalog list` has them, and by words as `catalog show` prints them", async () => {
    const list = JSON.parse((await runCli(["catalog", "list", "--format", "json"])).stdout) as {
      entries: { id: string; sis: string }[];
    };
    const bySis = (await callTool(client, "catalog_search", { sis: "aspen", limit: 100 })).structuredContent as {
      total: number;
      entries: { id: string }[];
    };
    const aspen = list.entries.filter((entry) => entry.sis === "aspen").map((entry) => entry.id);
    expect(bySis.entries.map((entry) => entry.id)).toEqual(aspen);
    expect(bySis.total).toBe(aspen.length);

    const byWords = (await callTool(client, "catalog_search", { query: "GradebookColumnType scale" }))
      .structuredContent as {
      entries: { id: string }[];
    };
    expect(byWords.entries.length).toBeGreaterThan(0);
    for (const entry of byWords.entries) {
      const shown = JSON.parse((await runCli(["catalog", "show", entry.id, "--format", "json"])).stdout);
      expect(entry).toEqual(shown);
    }
    const byMessage = (
      await callTool(client, "catalog_search", {
        query: "given GradebookColumnType does not have a default GradeScale",
      })
    ).structuredContent as { entries: { id: string }[] };
    expect(byMessage.entries[0]?.id).toBe("aspen-gradebook-column-type-no-default-grade-scale");
  });

  it("catalog_search: a limit of 100 returns as many whole entries as fit in a result's size, and says so", async () => {
    const result = await callTool(client, "catalog_search", { query: "the", limit: 100 });
    expect(result.isError).toBeFalsy();
    const { total, entries } = result.structuredContent as { total: number; entries: { id: string }[] };
    expect(total).toBeGreaterThan(100);
    expect(JSON.stringify(result.structuredContent).length + textOf(result).length).toBeLessThanOrEqual(
      RESULT_CHAR_LIMIT,
    );
    expect(entries.length).toBeGreaterThan(10);
    expect(textOf(result).split("\n")[0]).toBe(
      `${total} entries of catalog ${(result.structuredContent as { catalogVersion: string }).catalogVersion}, ` +
        `the first ${entries.length} (only ${entries.length} of the 100 asked for fit in 100,000 characters: narrow ` +
        "the query, or read each entry as the resource gpb-catalog://entries/{id}):",
    );
    expect(textOf(result).split("\n")).toHaveLength(entries.length + 1);
  });

  it("escalation: the note the CLI writes with --format escalation, for all courses or one", async () => {
    const cliNote = (await runCli(["--format", "escalation", EXPORT])).stdout;
    const all = (await callTool(client, "escalation", { paths: [EXPORT] })).structuredContent as {
      note: string;
      courses: number;
    };
    expect(all.note).toBe(cliNote);
    const one = (await callTool(client, "escalation", { paths: [EXPORT], course: "78161" })).structuredContent as {
      note: string;
      courses: number;
    };
    expect(one.courses).toBe(1);
    expect(one.note).toMatch(/^# Grade passback escalation: Health - P2 \(course 78161\)/);
    expect(cliNote).toContain(one.note.trimEnd());
    const wrong = await callTool(client, "escalation", { paths: [EXPORT], course: "nope" });
    expect(wrong.isError).toBe(true);
    expect(textOf(wrong)).toMatch(
      /^error: expected the id or name of a course with findings in this log, got "nope"; courses with findings: /,
    );
  });

  it("escalation: a district's note keeps the courses that fit in a result's size, names those left out and how to get them", async () => {
    const path = join(dir, "district-escalation.csv");
    writeFileSync(path, bigLog(300));
    const result = await callTool(client, "escalation", { paths: [path] });
    expect(result.isError).toBeFalsy();
    expect(sizeOf(result)).toBeLessThanOrEqual(RESULT_CHAR_LIMIT);
    const { note, courses, totalCourses, omittedCourses } = result.structuredContent as {
      note: string;
      courses: number;
      totalCourses: number;
      omittedCourses: string[];
    };
    expect(totalCourses).toBe(300);
    expect(courses).toBeGreaterThan(1);
    expect(courses).toBeLessThan(300);
    // The note is the CLI's, whole courses of it, and the text says it too, for clients that read only text.
    const cliNote = (await runCli(["--format", "escalation", path])).stdout;
    expect(cliNote.startsWith(note.trimEnd())).toBe(true);
    expect(note.match(/^# Grade passback escalation:/gm)).toHaveLength(courses);
    expect(textOf(result).startsWith(note)).toBe(true);
    // The courses left out: the first ones named, the rest counted, each to be asked for by `course`.
    const leftOut = 300 - courses;
    expect(omittedCourses).toHaveLength(Math.min(OMITTED_COURSES_NAMED, leftOut));
    expect(textOf(result)).toContain(
      `Left out ${leftOut} more courses to keep this result within 100,000 characters; call escalation with course ` +
        `set to each: ${omittedCourses.join(", ")}, and ${leftOut - OMITTED_COURSES_NAMED} more (analyze names them).`,
    );
    const next = await callTool(client, "escalation", { paths: [path], course: omittedCourses[0] });
    const nextNote = (next.structuredContent as { note: string }).note;
    expect(nextNote).toMatch(new RegExp(`^# Grade passback escalation: Course ${omittedCourses[0]} `));
  });

  it("fails with the CLI's exit-2 message for a missing file, an input that is not a log and a bad option", async () => {
    for (const path of [
      "does-not-exist.csv",
      "tests/fixtures/hostile/png-magic.png",
      "tests/fixtures/hostile/empty.csv",
      "tests/fixtures/hostile/not-logs/passwd",
    ]) {
      const cli = await runCli([path]);
      expect(cli.code).toBe(2);
      const result = await callTool(client, "analyze", { paths: [path] });
      expect(result.isError).toBe(true);
      expect(`${textOf(result)}\n`).toBe(cli.stderr);
    }
    const url = await callTool(client, "analyze", { text: "x", canvasUrl: "school" });
    expect(textOf(url)).toBe((await runCli(["--canvas-url", "school", "-"], { stdin: "x" })).stderr.split("\n")[0]);
    const neither = await callTool(client, "analyze", {});
    expect(textOf(neither)).toBe("error: expected either `paths` (log files) or `text` (the log itself), got neither");
  });

  it("refuses a wrong argument saying what was expected, what arrived and which argument, as the CLI's usage errors do", async () => {
    const refusals: [string, Record<string, unknown>, string][] = [
      ["analyze", { paths: [EXPORT], maxGroups: 500 }, "expected a whole number from 1 to 200, got 500 at maxGroups"],
      ["analyze", { paths: EXPORT }, `expected a list of file paths, such as ["export.csv"], got "${EXPORT}" at paths`],
      ["analyze", { paths: [3] }, "expected a file path, got 3 at paths[0]"],
      [
        "analyze",
        { text: "x", groupBy: "student" },
        'expected one of course, assignment, error, got "student" at groupBy',
      ],
      ["escalation", { text: "x", plain: "yes" }, 'expected true or false, got "yes" at plain'],
      ["catalog_search", { limit: 0 }, "expected a whole number from 1 to 100, got 0 at limit"],
      [
        "explain",
        { message: "x", httpStatus: "409" },
        'expected an HTTP status, a whole number such as 409, got "409" at httpStatus',
      ],
    ];
    for (const [tool, args, message] of refusals) {
      const result = await callTool(client, tool, args);
      expect(result.isError, tool).toBe(true);
      // The SDK's words come first; ours say what was wrong.
      expect(textOf(result), tool).toBe(
        `MCP error -32602: Input validation error: Invalid arguments for tool ${tool}: ${message}`,
      );
    }
  });

  it("refuses an SIS the catalog does not know in every tool, as the CLI refuses --sis, instead of matching nothing", async () => {
    const message = "Assignment name already exists for class";
    const calls: [string, Record<string, unknown>][] = [
      ["analyze", { paths: [EXPORT], sis: "aspn" }],
      ["escalation", { paths: [EXPORT], sis: "aspn" }],
      ["explain", { message, sis: "aspn" }],
      ["catalog_search", { sis: "aspn" }],
    ];
    const cli = await runCli(["--sis", "aspn", EXPORT]);
    expect(cli.code).toBe(2);
    for (const [tool, args] of calls) {
      const result = await callTool(client, tool, args);
      expect(result.isError, tool).toBe(true);
      // The search may also ask for the catalog's generic entries, so its list of known names has "generic" too.
      const known =
        tool === "catalog_search" ? cli.stderr.replace("focus, genesis", "focus, generic, genesis") : cli.stderr;
      expect(textOf(result), tool).toBe(known.split("\n")[0]?.replace("--sis", "`sis`"));
      expect(textOf(result), tool).toMatch(
        /^error: `sis` expects a SIS the catalog knows, got "aspn"; did you mean aspen\?/,
      );
    }
    // A usual spelling is the SIS it names; the catalog's generic entries can be searched for.
    const spelled = await callTool(client, "explain", { message, sis: "PowerTeacher Pro" });
    expect(spelled.structuredContent).toMatchObject({ entry: { id: "powerschool-assignment-already-exists" } });
    const generic = (await callTool(client, "catalog_search", { sis: "generic" })).structuredContent as {
      total: number;
    };
    expect(generic.total).toBeGreaterThan(0);
  });

  it("serves every catalog entry as a resource, as `catalog show --format json` prints it", async () => {
    const list = JSON.parse((await runCli(["catalog", "list", "--format", "json"])).stdout) as {
      entries: { id: string }[];
    };
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.name)).toEqual(list.entries.map((entry) => entry.id));
    const id = "aspen-gradebook-column-type-no-default-grade-scale";
    const read = await client.readResource({ uri: `gpb-catalog://entries/${id}` });
    const text = read.contents[0] && "text" in read.contents[0] ? read.contents[0].text : "";
    expect(text).toBe((await runCli(["catalog", "show", id, "--format", "json"])).stdout);
  });

  it("refuses an entry id the catalog lacks as a resource not found (-32002), naming the id and the closest ids", async () => {
    const read = (id: string) => client.readResource({ uri: `gpb-catalog://entries/${id}` });
    const typo = "aspen-gradebook-column";
    const cli = await runCli(["catalog", "show", typo]);
    await expect(read(typo)).rejects.toMatchObject({
      code: RESOURCE_NOT_FOUND,
      data: { uri: `gpb-catalog://entries/${typo}` },
      message: `MCP error -32002: ${cli.stderr.split("\n")[0]?.replace(/^error: /, "")}`,
    });
    await expect(read("nope")).rejects.toMatchObject({
      code: RESOURCE_NOT_FOUND,
      message: expect.stringMatching(
        /got "nope", which no entry has; resources\/list lists them, catalog_search finds/,
      ),
    });
  });

  it("answers on stdout and exits 0 when the client closes stdin; a bad --catalog fails at start with exit 2", () => {
    const initialize = {
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "pipe", version: "1" } },
    };
    const run = spawnSync(process.execPath, [BIN, "mcp"], {
      input: `${JSON.stringify(initialize)}\n`,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ id: 1, result: { serverInfo: { name: "gpb-analyze" } } });
    const bad = spawnSync(process.execPath, [BIN, "mcp", "--catalog", "tests/fixtures/cli/bad-catalog"], {
      input: "",
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: the catalog has \d+ problems?:/);
  });
});

describe("the README's For agents (MCP) section", () => {
  it("states the caps analyze applies, so an agent's author knows what a result holds", () => {
    const readme = readFileSync("README.md", "utf8").replace(/\s+/g, " ");
    const section = readme.slice(readme.indexOf("## For agents (MCP)"), readme.indexOf("## Shards, merge and fleets"));
    expect(section).toContain(`\`analyze\` returns at most ${REPORT_CAPS.groups} groups`);
    expect(section).toContain(`${REPORT_CAPS.usersPerFinding} affected students per finding`);
    expect(section).toContain(
      `${REPORT_CAPS.unknownTemplates} unexplained templates with ${REPORT_CAPS.variantsPerTemplate} variants each; ` +
        `${REPORT_CAPS.diagnostics} diagnostics`,
    );
    expect(section).toContain(
      `${PROVISIONING_CAPS.findingsPerFile} findings per SIS import file and ${PROVISIONING_CAPS.objects} objects`,
    );
    expect(section).toContain(`no more groups than fit in ${RESULT_CHAR_LIMIT.toLocaleString("en-US")} characters`);
    expect(section).toContain(
      `whole courses left out past ${RESULT_CHAR_LIMIT.toLocaleString("en-US")} characters (the first ` +
        `${OMITTED_COURSES_NAMED} named`,
    );
  });
});
