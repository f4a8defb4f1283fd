import { describe, expect, it } from "vitest";
import { testCatalog } from "../../../../tests/support/test-catalog.js";
import { createAnalysis } from "../analysis.js";
import type { LogRecord } from "../records/log-record.js";
import { Report } from "./report-schema.js";

const SEED = "given GradebookColumnType does not have a default GradeScale";

function reportOf(
  records: Omit<LogRecord, "line">[],
  options: { canvasUrl?: string; redact?: boolean; mergeable?: boolean } = {},
) {
  const analysis = createAnalysis({ catalog: testCatalog, ...options });
  for (const [i, record] of records.entries()) analysis.add({ line: i + 2, source: "export.csv", ...record });
  return Report.parse(analysis.report());
}

const course = {
  courseId: "101",
  courseName: "Biology - P1",
  assignmentId: "9",
  assignmentName: "Lab 1",
  sis: "aspen",
};

describe("the grouped report", () => {
  it("groups findings per course and assignment with counts, students, first/last seen and the rendered fix", () => {
    const report = reportOf([
      { ...course, status: "error", studentId: "s1", timestamp: "2025-09-14T10:00:00.000Z", message: SEED },
      { ...course, status: "error", studentId: "s2", timestamp: "2025-09-15T10:00:00.000Z", message: SEED },
      { ...course, status: "error", studentId: "s1", timestamp: "2025-09-16T10:00:00.000Z", message: SEED },
      { ...course, assignmentId: "10", assignmentName: "Lab 2", status: "success", studentId: "s1" },
    ]);
    expect(report.groups).toHaveLength(1);
    const [group] = report.groups;
    expect(group?.course).toEqual({ id: "101", name: "Biology - P1", url: null });
    expect(group?.assignment).toEqual({ id: "9", name: "Lab 1" });
    const [finding] = group?.findings ?? [];
    expect(finding).toEqual({
      entry: { id: "aspen-column-type", sis: "aspen", title: "Given Gradebook Column Type" },
      severity: "error",
      count: 3,
      students: 2,
      firstSeen: "2025-09-14T10:00:00.000Z",
      lastSeen: "2025-09-16T10:00:00.000Z",
      resolved: false,
      users: [
        { id: "s1", name: null, lastError: "2025-09-16T10:00:00.000Z", resolved: false },
        { id: "s2", name: null, lastError: "2025-09-15T10:00:00.000Z", resolved: false },
      ],
      usersTotal: 2,
      // One input: its examples need not name it.
      examples: [
        { line: 2, message: SEED, student: "s1" },
        { line: 3, message: SEED, student: "s2" },
        { line: 4, message: SEED, student: "s1" },
      ],
    });
    // The fix (no values to fill in), the meaning, who acts and the escalation are the entry's, said once.
    expect(report.entries["aspen-column-type"]).toMatchObject({
      meaning: "The widget is missing.",
      wording: "inferred",
      fix: { teacher: ["Give the Aspen category a default grade scale, then sync again."] },
    });
    // Errors per day for the whole report; per finding only where a merge needs them.
    expect(report.timeline).toEqual({
      from: "2025-09-14",
      to: "2025-09-16",
      series: [{ entry: "aspen-column-type", unresolved: [1, 1, 1], resolved: [0, 0, 0] }],
    });
    const mergeable = reportOf([{ ...course, status: "error", timestamp: "2025-09-14T10:00:00.000Z", message: SEED }], {
      mergeable: true,
    });
    expect(mergeable.groups[0]?.findings[0]?.daily).toEqual({ "2025-09-14": 1 });
    expect(report.summary).toMatchObject({ records: 4, errors: 3, successes: 1, matched: 3, unknown: 0, coverage: 1 });
  });

  it("names the entry's meaning and whether its message text was verified or inferred", () => {
    const entry = testCatalog.entries.find((candidate) => candidate.id === "aspen-column-type");
    const report = reportOf([{ ...course, status: "error", message: SEED }]);
    expect(report.entries[report.groups[0]?.findings[0]?.entry?.id ?? ""]).toMatchObject({
      sis: "aspen",
      title: "Given Gradebook Column Type",
      meaning: entry?.meaning,
      wording: entry?.provenance.message,
    });
    expect(entry?.meaning).toBeTruthy();
  });

  it("marks a finding resolved only when every affected student later succeeded", () => {
    const error = (studentId: string, day: number) =>
      ({ ...course, status: "error", studentId, timestamp: `2025-09-${day}T00:00:00Z`, message: SEED }) as const;
    const success = (studentId: string, day: number) =>
      ({ ...course, status: "success", studentId, timestamp: `2025-09-${day}T00:00:00Z` }) as const;
    const partly = reportOf([error("s1", 10), error("s2", 10), success("s1", 11)]);
    expect(partly.groups[0]?.findings[0]?.resolved).toBe(false);
    expect(partly.groups[0]?.findings[0]?.users.map((u) => [u.id, u.resolved])).toEqual([
      ["s1", true],
      ["s2", false],
    ]);
    // Newest-first exports list the success before the error it clears.
    const reversed = reportOf([success("s2", 12), success("s1", 11), error("s2", 10), error("s1", 10)]);
    expect(reversed.groups[0]?.findings[0]?.resolved).toBe(true);
    // An earlier success clears nothing.
    expect(reportOf([success("s1", 9), error("s1", 10)]).groups[0]?.findings[0]?.resolved).toBe(false);
  });

  it("fills captures into the fix and links the course when a Canvas URL is given", () => {
    const report = reportOf(
      [
        {
          ...course,
          sis: "powerschool",
          courseId: "SIS-BIO-1",
          status: "error",
          message: "User does not teach section 77",
        },
      ],
      { canvasUrl: "https://district.instructure.com/" },
    );
    const group = report.groups[0];
    expect(group?.course.url).toBe("https://district.instructure.com/courses/sis_course_id:SIS-BIO-1");
    expect(group?.findings[0]?.fix).toEqual({ sisAdmin: ["Add the teacher to section 77 in PowerSchool."] });
    expect(report.entries[group?.findings[0]?.entry?.id ?? ""]?.escalation).toEqual({
      needed: true,
      to: "sisAdmin",
      collect: ["affected-users", "course-url"],
    });
  });

  it("names every value a capture took in the fix, not only the first message's", () => {
    const sections = ["77", "12", "77", "5", "31", "8", "9"];
    const report = reportOf(
      sections.map((section) => ({
        ...course,
        sis: "powerschool",
        status: "error",
        message: `User does not teach section ${section}`,
      })),
    );
    const finding = report.groups[0]?.findings[0];
    expect(finding?.captures).toEqual({ section: "77" });
    expect(finding?.captureValues).toEqual({ section: { values: ["5", "8", "9", "12", "31"], more: true } });
    expect(finding?.fix).toEqual({
      sisAdmin: ["Add the teacher to section 5 (also 8, 9, 12, 31 and others) in PowerSchool."],
    });
  });

  it("with redaction, also removes a student named in another student's record or in a course name", () => {
    const report = reportOf(
      [
        { ...course, courseName: "Independent Study - Jane Doe", status: "error", studentId: "5550001", message: SEED },
        {
          ...course,
          status: "error",
          studentName: "Jane Doe",
          studentId: "5550002",
          message: "Grader for 5550001 missing",
        },
        { ...course, status: "success", studentName: "Al Smith", studentId: "5550001" },
      ],
      { redact: true },
    );
    const text = JSON.stringify(report);
    for (const secret of ["Jane Doe", "5550001", "5550002", "Al Smith"]) expect(text).not.toContain(secret);
    // Words that merely contain a name are left alone: only whole words are replaced.
    expect(text).toContain("Independent Study - Student 0002");
  });

  it("ends the analysis with its report, so state handed to the report cannot be reported twice", () => {
    const analysis = createAnalysis({ catalog: testCatalog });
    analysis.add({ line: 1, status: "error", message: SEED });
    expect(analysis.report().summary.errors).toBe(1);
    expect(() => analysis.report()).toThrow(/already produced its report/);
    expect(() => analysis.add({ line: 2, status: "success" })).toThrow(/already produced its report/);
  });

  it("names one SIS one way in every group, however the log spells it", () => {
    const spellings = ["PowerSchool", "POWERSCHOOL", "PowerTeacher Pro", "powerschool", "Some SIS"];
    const report = reportOf(
      spellings.map((sis, i) => ({
        courseId: String(100 + i),
        assignmentId: "9",
        sis,
        status: "error",
        message: SEED,
      })),
    );
    // The catalog's slug, as entries name their SIS; a name no alias knows is folded the same way.
    expect(report.groups.map((group) => group.sis)).toEqual([
      "powerschool",
      "powerschool",
      "powerschool",
      "powerschool",
      "some-sis",
    ]);
  });

  it("keeps records without a course or assignment in a group that says so", () => {
    const report = reportOf([{ status: "error", message: SEED }]);
    expect(report.groups[0]?.course).toEqual({ id: null, name: null, url: null });
    expect(report.groups[0]?.assignment).toEqual({ id: null, name: null });
    expect(report.groups[0]?.findings[0]?.count).toBe(1);
  });

  it("clusters unexplained errors into templates with counts, examples and the nearest entry", () => {
    const report = reportOf([
      { ...course, status: "error", message: "Gradebook column 55 is locked for term T1" },
      { ...course, status: "error", message: "Gradebook column 812 is locked for term T2" },
      { ...course, status: "error", message: "Teacher lacks access to the gradebook" },
      { ...course, status: "error", message: "User does not own section 4" },
    ]);
    expect(report.unknown.map((u) => [u.template, u.count])).toEqual([
      ["Gradebook column <num> is locked for term <num>", 2],
      ["Teacher lacks access to the gradebook", 1],
      ["User does not own section <num>", 1],
    ]);
    expect(report.unknown[2]?.nearest?.id).toBe("powerschool-user-does-not-teach");
    expect(report.summary).toMatchObject({ matched: 0, unknown: 4, coverage: 0 });
    expect(report.groups[0]?.findings.map((f) => [f.entry, f.template, f.count])).toContainEqual([
      null,
      "Gradebook column <num> is locked for term <num>",
      2,
    ]);
  });

  it("makes one finding and one template of an unexplained error that quotes each student's own name or id", () => {
    const report = reportOf([
      {
        ...course,
        status: "error",
        studentId: "11223",
        studentName: "Mary Smith",
        message: "Could not post score for Mary Smith: section locked",
      },
      {
        ...course,
        status: "error",
        studentId: "11224",
        studentName: "John Doe",
        message: "Could not post score for John Doe: section locked",
      },
      { ...course, status: "error", studentId: "msmith", message: "Could not post score for msmith: section locked" },
    ]);
    const findings = report.groups.flatMap((group) => group.findings);
    expect(findings.map((f) => [f.template, f.count, f.students])).toEqual([
      ["Could not post score for <student>: section locked", 3, 3],
    ]);
    expect(report.unknown.map((u) => [u.template, u.count, u.variants.length])).toEqual([
      ["Could not post score for <student>: section locked", 3, 1],
    ]);
    // The examples still quote the messages as they were.
    expect(findings[0]?.examples.map((e) => e.message)).toContain(
      "Could not post score for Mary Smith: section locked",
    );
  });

  it("with redaction, keeps counts but no student name, id or email", () => {
    const records = [
      { ...course, status: "error", studentId: "884422", studentName: "Ana Garcia", message: `${SEED} for Ana Garcia` },
      { ...course, status: "error", studentId: "884422", message: "Mail ana.garcia@school.org bounced for 884422" },
      { ...course, status: "error", studentName: "Ben Ito", message: SEED },
    ] as const;
    const report = reportOf([...records], { redact: true });
    const text = JSON.stringify(report);
    for (const secret of ["884422", "Ana Garcia", "ana.garcia@school.org", "Ben Ito"])
      expect(text).not.toContain(secret);
    expect(report.groups[0]?.findings.find((f) => f.entry)?.students).toBe(2);
  });

  it("streams the same report it builds: summary first, then each group once, in report order", () => {
    const records: Omit<LogRecord, "line">[] = [
      { ...course, status: "error", studentId: "7", studentName: "Ana Garcia", message: SEED },
      { ...course, courseId: "100", courseName: "Algebra", status: "error", studentId: "8", message: SEED },
      { ...course, assignmentId: "3", assignmentName: "Essay", status: "error", message: "Mystery 42 failed" },
      { ...course, courseId: "102", status: "success", studentId: "9" },
      { ...course, status: "success", studentId: "7" },
    ];
    for (const redact of [false, true]) {
      const analyses = [
        createAnalysis({ catalog: testCatalog, redact }),
        createAnalysis({ catalog: testCatalog, redact }),
      ];
      for (const analysis of analyses) {
        for (const [i, record] of records.entries()) analysis.add({ line: i + 2, source: "export.csv", ...record });
      }
      const built = analyses[0]?.report();
      const streamed = analyses[1]?.reportStream();
      if (!built || !streamed) throw new Error("two analyses");
      const groups = [...streamed.groups];
      expect(streamed.summary.groups).toBe(groups.length);
      expect({ ...streamed, groups }).toEqual(built);
      expect(Object.keys(streamed)).toEqual(Object.keys(built));
      expect(groups.map((group) => group.course.name)).toEqual(["Algebra", "Biology - P1", "Biology - P1"]);
      expect([...streamed.groups]).toEqual([]);
    }
  });

  it("keeps one finding per error even when an assignment has many different ones", () => {
    const words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"];
    const records: Omit<LogRecord, "line">[] = [];
    for (const round of [1, 2]) {
      for (const word of words)
        records.push({ ...course, status: "error", studentId: `${round}`, message: `Sync ${word} broke` });
    }
    const findings = reportOf(records).groups[0]?.findings ?? [];
    expect(findings.map((finding) => [finding.template, finding.count, finding.students])).toEqual(
      words.map((word) => [`Sync ${word} broke`, 2, 2]).sort(),
    );
  });

  it("lists the first three affected users by id and counts them all; allUsers and mergeable reports list all", () => {
    const records = ["s7", "s3", "s1", "s6", "s2", "s5", "s4"].map((studentId) => ({
      ...course,
      status: "error" as const,
      studentId,
      studentName: `Name ${studentId}`,
      message: SEED,
    }));
    const finding = (options: { allUsers?: boolean; mergeable?: boolean } = {}) => {
      const analysis = createAnalysis({ catalog: testCatalog, ...options });
      for (const [i, record] of records.entries()) analysis.add({ line: i + 2, ...record });
      return Report.parse(analysis.report()).groups[0]?.findings[0];
    };
    const capped = finding();
    expect(capped?.users.map((user) => user.id)).toEqual(["s1", "s2", "s3"]);
    expect(capped).toMatchObject({ usersTotal: 7, students: 7, resolved: false });
    expect(finding({ allUsers: true })?.users).toHaveLength(7);
    expect(finding({ mergeable: true })?.users).toHaveLength(7);
  });

  it("lists the assignment-level entry (no student) after the students, so it takes no student's place", () => {
    const analysis = createAnalysis({ catalog: testCatalog });
    analysis.add({ line: 2, ...course, status: "error", message: SEED });
    for (const [i, studentId] of ["s3", "s2", "s1"].entries())
      analysis.add({ line: i + 3, ...course, status: "error", studentId, message: SEED });
    const finding = Report.parse(analysis.report()).groups[0]?.findings[0];
    expect(finding?.users.map((user) => user.id)).toEqual(["s1", "s2", "s3"]);
    expect(finding).toMatchObject({ usersTotal: 4, students: 3 });
    const all = createAnalysis({ catalog: testCatalog, allUsers: true });
    all.add({ line: 2, ...course, status: "error", message: SEED });
    all.add({ line: 3, ...course, status: "error", studentId: "s1", message: SEED });
    expect(Report.parse(all.report()).groups[0]?.findings[0]?.users.map((user) => user.id)).toEqual(["s1", null]);
  });
});
