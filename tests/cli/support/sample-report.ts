import { type Finding, type Group, REPORT_SCHEMA_VERSION, Report } from "@sis/core";

/**
 * A small but complete report built by hand, parsed with the core schema so renderers are tested against what
 * core can really produce. It carries Markdown-hostile text on purpose.
 */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  return Report.parse({
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "gpb-analyze", version: "0.1.0" },
    catalog: { version: "1.0.0" },
    inputs: [{ name: "export.csv", shape: "csv", encoding: "utf-8", records: 9 }],
    summary: {
      records: 9,
      errors: 6,
      warnings: 1,
      successes: 2,
      info: 0,
      matched: 5,
      unknown: 2,
      diagnostics: 1,
      coverage: 0.7143,
      groups: 3,
      unresolvedFindings: 3,
      unresolvedGroups: 2,
      accounting: { recordsRead: 9, inFindings: 7, inTemplates: 2, balanced: true },
    },
    entries: {
      [aspenEntry.id]: {
        sis: "aspen",
        title: aspenEntry.title,
        meaning: "The Aspen category has no default grade scale, so Aspen cannot store the score.",
        wording: "verified",
        severity: "error",
        actsFirst: "teacher",
        escalation: { needed: false, to: null, collect: [] },
        fix: { teacher: ["Give the *category* a default grade scale in Aspen, then sync again."] },
      },
      [notEnrolledEntry.id]: {
        sis: "aspen",
        title: notEnrolledEntry.title,
        meaning: "Aspen has no enrollment for the student in the section the course is linked to.",
        wording: "inferred",
        severity: "error",
        actsFirst: "sisAdmin",
        escalation: { needed: true, to: "sisAdmin", collect: ["affected-users", "sis-ids"] },
        fix: {
          teacher: ["Check the roster of section {section}."],
          sisAdmin: ["Enroll the student in section {section} in Aspen."],
        },
      },
    },
    groups: [algebraUnitTest(), algebraQuiz(), biologyLab()],
    unknown: [
      {
        template: "Unexpected <html> response | code <n>",
        count: 2,
        variants: [{ template: "Unexpected <html> response | code <n>", count: 2, examples: [], candidates: [] }],
        examples: [{ line: 9, message: "Unexpected <html> response | code 502" }],
        candidates: [],
        nearest: { id: "powerschool-user-does-not-teach", similarity: 0.31 },
      },
    ],
    diagnostics: [{ line: 0, code: "columns-mapped", message: "mapped 9 columns", source: "export.csv" }],
    ...overrides,
  });
}

const aspenEntry = { id: "aspen-given-gradebook-column-type", sis: "aspen", title: "Given Gradebook Column Type" };
const notEnrolledEntry = { id: "aspen-student-not-enrolled", sis: "aspen", title: "Student Not Enrolled" };

function finding(overrides: Partial<Finding>): Finding {
  const users = overrides.users ?? [{ id: null, name: null, lastError: "2026-11-20T14:03:11.000Z", resolved: false }];
  return {
    entry: aspenEntry,
    severity: "error",
    httpStatus: 400,
    count: 1,
    students: 0,
    firstSeen: "2026-11-20T14:03:11.000Z",
    lastSeen: "2026-11-20T14:03:11.000Z",
    resolved: false,
    users,
    usersTotal: users.length,
    examples: [{ line: 2, message: "given GradebookColumnType does not have a default GradeScale" }],
    ...overrides,
  };
}

function algebraUnitTest(): Group {
  return {
    course: { id: "1234", name: "Algebra I | Period 2", url: "https://school.instructure.com/courses/1234" },
    assignment: { id: "55", name: "Unit 1 Test" },
    sis: "aspen",
    teacher: "Ms. Rivera",
    findings: [
      finding({
        entry: notEnrolledEntry,
        count: 3,
        students: 2,
        fix: {
          teacher: ["Check the roster of section {section}."],
          sisAdmin: ["Enroll the student in section S-7 in Aspen."],
        },
        captures: { section: "S-7" },
        captureValues: { section: { values: ["S-7"], more: false } },
        firstSeen: "2026-11-19T08:00:00.000Z",
        lastSeen: "2026-11-21T09:30:00.000Z",
        users: [
          { id: "s-1", name: "Ada Lovelace", lastError: "2026-11-21T09:30:00.000Z", resolved: false },
          { id: "s-2", name: "Alan_Turing", lastError: "2026-11-19T08:00:00.000Z", resolved: false },
        ],
        examples: [{ line: 3, message: "Student s-1 is not enrolled in `S-7`", student: "s-1" }],
      }),
      finding({ resolved: true, users: [{ id: null, name: null, lastError: null, resolved: true }] }),
    ],
  };
}

function algebraQuiz(): Group {
  return {
    course: { id: "1234", name: "Algebra I | Period 2", url: "https://school.instructure.com/courses/1234" },
    assignment: { id: "56", name: "Quiz *2* [draft]" },
    sis: "aspen",
    teacher: "Ms. Rivera",
    findings: [finding({})],
  };
}

function biologyLab(): Group {
  return {
    course: { id: "2001", name: "Biology", url: "https://school.instructure.com/courses/2001" },
    assignment: { id: "77", name: "Lab 3" },
    sis: null,
    teacher: null,
    findings: [
      finding({
        entry: null,
        template: "Unexpected <html> response | code <n>",
        severity: "warning",
        httpStatus: 502,
        count: 2,
        examples: [{ line: 9, message: "Unexpected <html> response | code 502\nretry" }],
      }),
    ],
  };
}
