import { describe, expect, it } from "vitest";
import { FORMATS } from "../../packages/cli/src/render/format.js";
import { GROUP_BY } from "../../packages/cli/src/view/group-by.js";
import { runCli } from "./support/run-cli.js";

/** Every name, id and email of a student in tests/fixtures/cli/students.csv, and the pieces of them. */
const ORIGINALS = [
  "Zelda",
  "Quixote",
  "Marlowe",
  "Bartholomew",
  "Fairweather",
  "Ottilie",
  "Vanderbeek",
  "Ignatius",
  "Wobblethorpe",
  "48213",
  "48214",
  "48215",
  "48216",
  "school.example.org",
];

describe("--redact", () => {
  for (const format of FORMATS) {
    for (const groupBy of GROUP_BY) {
      it(`leaves no student name, id or email in ${format} output grouped by ${groupBy}`, async () => {
        const args = ["tests/fixtures/cli/students.csv", "--redact", "--format", format, "--group-by", groupBy];
        const { stdout, stderr } = await runCli(args, { stdoutIsTTY: true, stderrIsTTY: true, now: () => 0 });
        expect(stdout.length).toBeGreaterThan(0);
        for (const original of ORIGINALS) {
          expect(stdout, `stdout mentions ${original}`).not.toContain(original);
          expect(stderr, `stderr mentions ${original}`).not.toContain(original);
        }
      });
    }
  }

  it("still tells students apart", async () => {
    const { stdout } = await runCli(["tests/fixtures/cli/students.csv", "--redact", "--format", "escalation"]);
    expect(stdout).toMatch(/Student 0001/);
    expect(stdout).toMatch(/Student 0002/);
  });

  it("counts the bundled export's students as without it, though 14 of its names are shared by several ids", async () => {
    const students = async (...flags: string[]) => {
      const args = ["tests/fixtures/examples/grade-sync-export.csv", "--format", "json", ...flags];
      const report = JSON.parse((await runCli(args)).stdout) as {
        summary: unknown;
        groups: { findings: { students: number; resolved: boolean }[] }[];
      };
      const findings = report.groups.flatMap((group) => group.findings);
      return { summary: report.summary, findings: findings.map(({ students, resolved }) => [students, resolved]) };
    };
    expect(await students("--redact")).toEqual(await students());
  });

  it("streams NDJSON records scrubbed of every student seen before them, and says what it cannot know", async () => {
    const log = [
      "course_id,assignment_id,student_id,student_name,status,message",
      "101,7,3010001,Ava Lindqvist,error,given GradebookColumnType does not have a default GradeScale",
      "101,7,3010002,Noah Brennan,error,Score of Ava Lindqvist (3010001) was overwritten",
      "101,7,3010003,Mia Okafor,error,Score of Zed Quill was overwritten",
      "101,7,3010004,Zed Quill,error,given GradebookColumnType does not have a default GradeScale",
    ].join("\n");
    const { stdout } = await runCli(["--redact", "--format", "ndjson"], { stdin: log });
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).not.toMatch(/Ava|Lindqvist|3010001/);
    expect(JSON.parse(lines[1] ?? "{}").message).toBe("Score of Student <num> (<num>) was overwritten");
    // A name first seen on a later line cannot be known when an earlier line is written: README says so.
    expect(lines[2]).toContain("Zed Quill");
  });

  describe("a student's other ids (an SIS id beside the Canvas id, a login, an email)", () => {
    // user_id takes the student id; the SIS id, login and email a message quotes are the same student's.
    const log = [
      "course_id,assignment_id,user_id,sis_user_id,login_id,email,student_name,status,message",
      "101,7,9001,11223,alee,amy.lee@school.example.org,Amy Lee,error,Email address is required for student 11223",
      "101,7,9002,11224,bkhan,bo.khan@school.example.org,Bo Khan,error,Login bkhan could not be posted",
      "101,8,9003,11225,cruzy,cy.ruz@school.example.org,Cy Ruz,error,Roster for alee is stale",
      "101,8,9001,11223,alee,amy.lee@school.example.org,Amy Lee,error,Mailbox amy.lee@school.example.org (11223) refused",
    ].join("\n");
    const others = ["9001", "9002", "11223", "11224", "alee", "bkhan", "cruzy", "Amy Lee", "Bo Khan", "school.example"];

    for (const format of FORMATS) {
      it(`are left out of ${format} output, in matched and unexplained messages`, async () => {
        const args = ["--redact", "--sis", "aspire", "--format", format];
        const { stdout, stderr } = await runCli(args, {
          stdin: log,
          stdoutIsTTY: true,
          stderrIsTTY: true,
          now: () => 0,
        });
        expect(stdout.length).toBeGreaterThan(0);
        for (const original of others) {
          expect(stdout, `stdout mentions ${original}`).not.toContain(original);
          expect(stderr, `stderr mentions ${original}`).not.toContain(original);
        }
      });
    }

    it("are left out when a JSON record's second id key replaces the first", async () => {
      const ndjson = [
        {
          user_id: "11223",
          sis_user_id: "9001",
          status: "error",
          message: "Email address is required for student 11223",
        },
        {
          user_id: "11224",
          sis_user_id: "9002",
          status: "error",
          message: "Email address is required for student 11224",
        },
      ]
        .map((record) => JSON.stringify(record))
        .join("\n");
      const args = ["--redact", "--sis", "aspire", "--input-format", "ndjson", "--format", "json"];
      const { stdout } = await runCli(args, { stdin: ndjson });
      expect(stdout).toContain("aspire-email-missing");
      expect(stdout).not.toMatch(/11223|11224|9001|9002/);
    });

    it("are left out when the student's name comes twice, as Canvas writes it (name and sortable_name)", async () => {
      const user = (id: string, name: string, sortable: string) => ({
        created_at: "2025-11-03T10:00:00Z",
        course: { id: 501 },
        assignment: { id: 9001 },
        user: { id, name, sortable_name: sortable },
        status: "failed",
        message: `Student ${name} (${sortable}) is not enrolled in section 4`,
      });
      const json = JSON.stringify([user("77", "Jan Doe", "Doe, Jan"), user("78", "Max Roe", "Roe, Max")]);
      const csv = [
        "course_id,assignment_id,user_id,Student,sortable_name,status,message",
        '501,9001,77,Jan Doe,"Doe, Jan",failed,"Student Jan Doe (Doe, Jan) is not enrolled in section 4"',
        '501,9001,78,Max Roe,"Roe, Max",failed,"Student Max Roe (Roe, Max) is not enrolled in section 4"',
      ].join("\n");
      for (const [input, format] of [
        [json, "json"],
        [csv, "csv"],
      ] as const) {
        const args = ["--redact", "--input-format", format, "--format", "json"];
        const { stdout } = await runCli(args, { stdin: input });
        expect(stdout, format).not.toMatch(/Jan|Doe|Max|Roe/);
        const plain = await runCli(["--input-format", format, "--format", "json"], { stdin: input });
        const report = JSON.parse(plain.stdout) as { unknown: { template: string }[] };
        // One template for both students, each name form masked: without --redact too.
        expect(
          report.unknown.map((unknown) => unknown.template),
          format,
        ).toEqual(["Student <student> (<student>) is not enrolled in section <num>"]);
        expect(plain.stdout, format).toContain("Jan Doe");
      }
    });

    it("make one template with the student's own login as <student> (without --redact too)", async () => {
      const { stdout, stderr } = await runCli(["--sis", "aspire", "--format", "json"], { stdin: log });
      const report = JSON.parse(stdout) as { unknown: { template: string }[] };
      expect(report.unknown.map((unknown) => unknown.template)).toContain("Login <student> could not be posted");
      expect(stderr).toContain("sis_user_id → studentOtherIds, login_id → studentOtherIds, email → studentOtherIds");
      // Without --redact the matched example still quotes the student: the tests above are not vacuous.
      expect(stdout).toContain("Email address is required for student 11223");
    });
  });

  it("without --redact the same output does name them (the test above is not vacuous)", async () => {
    const { stdout } = await runCli(["tests/fixtures/cli/students.csv", "--format", "escalation"]);
    expect(stdout).toContain("Zelda Quixote-Marlowe");
  });
});
