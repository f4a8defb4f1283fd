import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderedText } from "../../packages/cli/src/render/renderer.js";
import { RENDERERS } from "../../packages/cli/src/render/renderers.js";
import { runCli } from "./support/run-cli.js";
import { sampleReport } from "./support/sample-report.js";

const EXPORT = "tests/fixtures/cli/grade-sync.csv";
/** An export whose PowerSchool message holds brackets: `Student.id [98659] does not have …`. */
const EXAMPLES = "tests/fixtures/examples/grade-sync-export.csv";

const note = (format: "escalation" | "escalation-text", integration?: string) =>
  renderedText(
    RENDERERS[format].render(sampleReport(), {
      groupBy: "course",
      colour: false,
      ...(integration && { integration: integration as "canvas-managed" }),
    }),
  );

describe("the escalation note", () => {
  for (const format of ["escalation", "escalation-text"] as const) {
    it(`${format}: per course, what fails, what is asked, users, URL, assignments, counts and dates`, () => {
      const text = note(format).replace(/\*\*/g, "");
      const algebra = text.slice(0, text.indexOf("Biology"));
      expect(algebra).toMatch(/Grade passback escalation: Algebra I \| Period 2 \(course 1234\)/);
      expect(algebra).toContain("To: The school's SIS admin; the teacher");
      expect(algebra).toContain("Acts first: Teacher, SIS admin");
      expect(algebra).toContain(
        "What fails: Aspen has no enrollment for the student in the section the course is linked to.",
      );
      expect(algebra).toContain("Wording: inferred");
      expect(algebra).toMatch(/What we ask of the school's SIS admin:\n+ *1\. Enroll the student in section S-7/);
      expect(algebra).toContain("Teacher: Ms. Rivera");
      expect(algebra).toMatch(/Ada Lovelace \(id s-1\): Unit 1 Test/);
      expect(algebra).toContain("https://school.instructure.com/courses/1234");
      expect(algebra).toContain("Unit 1 Test (assignment 55): 3 errors for 2 students, first 2026-11-19 08:00 UTC");
      expect(algebra).toMatch(/screenshot of the SIS gradebook/i);
      expect(text).not.toMatch(/below/);
      expect(text.match(/Grade passback escalation: /g)).toHaveLength(2);
    });
  }

  it("says a log without timestamps gives no time, and leaves the checklist's times unticked", async () => {
    const stdin = "course_id,assignment_id,student_id,status,message\nC1,A1,U1,failed,Totally new error 77\n";
    const { stdout } = await runCli(["--input-format", "csv", "--format", "escalation-text", "-q"], { stdin });
    expect(stdout).toContain("  - assignment A1: 1 error for 1 student; the log gives no time\n");
    expect(stdout).not.toContain("—");
    expect(stdout).toContain("[ ] When the errors happened");
    // With times, the note says them and ticks the item.
    expect(note("escalation-text")).toContain("[x] When the errors happened");
  });

  it("names an assignment known only by its id as an assignment in a student's line", () => {
    const groups = sampleReport()
      .groups.slice(0, 1)
      .map((group) => ({ ...group, assignment: { id: "99813", name: null } }));
    const text = renderedText(
      RENDERERS["escalation-text"].render(sampleReport({ groups }), {
        groupBy: "course",
        colour: false,
      }),
    );
    expect(text).toMatch(/Ada Lovelace \(id s-1\): assignment 99813/);
  });

  it("leaves out findings a later sync cleared, and says how many", () => {
    const text = note("escalation-text");
    expect(text).toContain("Left out: 1 finding of this course that a later successful sync cleared.");
    const empty = sampleReport({ groups: [sampleReport().groups[0]].map((g) => g && { ...g, findings: [] }) as [] });
    expect(renderedText(RENDERERS.escalation.render(empty, { groupBy: "course", colour: false }))).toBe(
      "No unresolved grade passback errors to escalate.\n",
    );
  });

  it("plain text carries the exact error text with no Markdown escapes", async () => {
    const plain = (await runCli([EXAMPLES, "--format", "escalation-text", "--quiet"])).stdout;
    expect(plain).toMatch(/^ {4}Student\.id \[\d+\] does not have an AssignmentStudentAssociation/m);
    expect(plain).not.toMatch(/\\[[\]<>*_`|#]/);
    expect(plain).not.toMatch(/^#|\*\*|```/m);
  });

  it("Markdown puts the exact error text in a code block, without backslashes", async () => {
    const markdown = (await runCli([EXAMPLES, "--format", "escalation", "--quiet"])).stdout;
    expect(markdown).toMatch(/```text\nStudent\.id \[\d+\] does not have an AssignmentStudentAssociation/);
    expect(markdown).not.toContain("\\");
  });

  it("names no local path: a line number alone, base names only when several inputs were read", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gpb-escalation-"));
    try {
      const copy = join(dir, "copy.csv");
      await writeFile(copy, await readFile(EXPORT));
      const one = (await runCli([copy, "--format", "escalation", "--quiet"])).stdout;
      expect(one).not.toContain(dir);
      expect(one).toMatch(/\(Lab 3 \(assignment 77\); lines 5, 6\)/);
      const two = (await runCli([copy, EXPORT, "--format", "escalation-text", "--quiet"])).stdout;
      expect(two).not.toContain(dir);
      expect(two).not.toContain("tests/fixtures");
      expect(two).toMatch(/copy\.csv line 5/);
      expect(two).toMatch(/grade-sync\.csv line 5/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("--integration routes the note", () => {
  const unknownError = (text: string) => text.slice(text.indexOf("An error no catalog entry explains"));

  it("unknown (the default): says how to find out, through the account's SIS Integrations navigation", async () => {
    const { stdout } = await runCli([EXPORT, "--format", "escalation-text", "--quiet"]);
    expect(stdout).toContain('an "SIS Integrations" link in the account\'s navigation means Instructure manages');
    expect(unknownError(stdout)).toMatch(/Acts first: Canvas admin/);
  });

  it("canvas-managed: errors no entry explains go to Canvas support, a Canvas admin acting first", async () => {
    const { stdout } = await runCli([EXPORT, "--format", "escalation-text", "--integration", "canvas-managed", "-q"]);
    expect(stdout).toContain("To: Canvas support (Instructure manages this integration); the teacher");
    expect(stdout).toContain("Integration: Canvas-managed");
    expect(stdout).not.toContain("SIS Integrations");
    expect(unknownError(stdout)).toMatch(/Acts first: Canvas admin\n\nWhat we ask of Canvas support/);
  });

  it("school-managed: they go to whoever runs the integration, the SIS admin acting first", async () => {
    const { stdout } = await runCli([EXPORT, "--format", "escalation-text", "--integration", "school-managed", "-q"]);
    expect(stdout).toContain("To: Whoever runs the integration for the school");
    expect(unknownError(stdout)).toMatch(/Acts first: SIS admin\n\nWhat we ask of whoever runs the integration/);
  });

  it("sends no one an error an entry explains once the run names the SIS: whoever ran it runs it again with --sis", async () => {
    const stdin = "course_id,assignment_id,student_id,status,message\nC1,A1,U1,failed,Gradebook Section Not Found\n";
    for (const integration of ["unknown", "canvas-managed", "school-managed"]) {
      const args = ["--input-format", "csv", "--format", "escalation-text", "--integration", integration, "-q"];
      const { stdout } = await runCli(args, { stdin });
      const routing = stdout.slice(0, stdout.indexOf("Integration:"));
      expect(routing).toContain("To: Not known yet: whoever ran this report should run it again with --sis aeries");
      expect(routing).toContain("Acts first: Whoever ran this report (run it again with --sis aeries)\n");
      const issue = unknownError(stdout);
      expect(issue).toContain("Acts first: Whoever ran this report: run it again with --sis aeries;");
      expect(issue).not.toMatch(/Canvas admin|Canvas support|SIS admin|What we ask/);
    }
    // Beside an error the catalog explains, that one is still routed as before.
    const mixed = `sis,${stdin.replace("\nC1", "\n,C1")}aspen,C1,A2,U2,failed,"Aspen session has expired, please log in again"\n`;
    const { stdout } = await runCli(["--input-format", "csv", "--format", "escalation-text", "-q"], { stdin: mixed });
    expect(stdout).toContain("To: The teacher; not known yet for 1 error: whoever ran this report should run it again");
    expect(stdout).toContain("Acts first: Whoever ran this report (run it again with --sis aeries), Teacher\n");
    // Two errors whose candidates share an SIS name it once: "--sis aeries or --sis aeries or --sis aspen" before.
    const two = `${stdin}C1,A2,U2,failed,Error posting grade: 400 - Invalid assignment ID\n`;
    const both = await runCli(["--input-format", "csv", "--format", "escalation-text", "-q"], { stdin: two });
    const acting = both.stdout.split("\n").find((line) => line.startsWith("Acts first: Whoever")) ?? "";
    expect(acting.match(/--sis aeries\b/g)).toHaveLength(1);
    expect(acting).toContain("--sis aeries or --sis aspen or --sis focus or --sis pinnacle)");
  });

  it("rejects any other value with exit code 2", async () => {
    const { code, stderr } = await runCli([EXPORT, "--integration", "instructure"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/canvas-managed, school-managed, unknown/);
  });

  it("a Canvas-managed integration copies Canvas support on what goes to the SIS vendor", () => {
    const report = sampleReport();
    const entry = report.entries[report.groups[0]?.findings[0]?.entry?.id ?? ""];
    if (entry) entry.escalation = { needed: true, to: "vendor", collect: [] };
    const text = renderedText(
      RENDERERS["escalation-text"].render(report, { groupBy: "course", colour: false, integration: "canvas-managed" }),
    );
    expect(text).toContain("To: The SIS vendor's support, with Canvas support copied");
  });
});
