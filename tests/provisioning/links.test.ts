import type { Report } from "@sis/core";
import { describe, expect, it } from "vitest";
import { OVERFLOW_TEMPLATE } from "../../packages/core/src/aggregate/aggregation.js";
import { LIMITS } from "../../packages/core/src/limits.js";
import { analyzeFiles, csv } from "./support.js";

/** Student U1 of course C1, enrolled in section S9, which does not exist: the enrollment fails. */
const U1_IN_MISSING_SECTION = {
  "sections.csv": csv(["section_id", "course_id", "name", "status"], ["S1", "C1", "Math A", "active"]),
  "users.csv": csv(["user_id", "login_id", "full_name", "status"], ["U1", "u1", "Ann One", "active"]),
  "enrollments.csv": csv(
    ["course_id", "section_id", "user_id", "role", "status"],
    ["C1", "S9", "U1", "student", "active"],
  ),
};

/** The first finding of an assignment's group. */
function firstFinding(report: Report, assignment: string) {
  return report.groups.find((group) => group.assignment.id === assignment)?.findings[0];
}

/** The keys of the SIS import findings an assignment's first finding is linked to. */
function causeKeys(report: Report, assignment: string) {
  return firstFinding(report, assignment)?.causes?.map((cause) => cause.key);
}

describe("links from passback findings to their provisioning causes", () => {
  it("consider every affected student, not only the few a finding lists", async () => {
    const ids = ["1001", "1002", "1003", "1004", "1005", "1006", "1009"];
    const report = await analyzeFiles({
      // 1009, last by id, has no login: the only provisioning finding, about a student the finding does not list.
      "users.csv": csv(
        ["user_id", "login_id", "full_name", "status"],
        ...ids.map((id) => [id, id === "1009" ? "" : `u${id}`, `Student ${id}`, "active"]),
      ),
      "grade-sync.csv": csv(
        ["sis", "course_id", "assignment_id", "student_id", "student_name", "status", "message"],
        ...ids.map((id) => [
          "powerschool",
          "C1",
          "A1",
          id,
          `Student ${id}`,
          "failed",
          `Student.id [${id}] does not have an AssignmentStudentAssociation`,
        ]),
      ),
    });
    const finding = report.groups[0]?.findings[0];
    // Linking reads every user; those listed keep their names.
    expect(finding?.users.map((user) => [user.id, user.name])).toEqual([
      ["1001", "Student 1001"],
      ["1002", "Student 1002"],
      ["1003", "Student 1003"],
    ]);
    expect(finding?.usersTotal).toBe(7);
    expect(finding?.causes?.map((cause) => [cause.key, cause.shared])).toEqual([
      ["canvas-sis-import-no-login-id", [{ kind: "user", id: "1009" }]],
    ]);
  });

  it("link an error counted past the cap of unexplained templates through its section, as any other", async () => {
    // Letters, not digits, so that masking leaves each message a template of its own.
    const word = (index: number) =>
      Array.from({ length: 4 }, (_, place) => String.fromCharCode(97 + (Math.floor(index / 26 ** place) % 26))).join(
        "",
      );
    const filler = Array.from({ length: LIMITS.unexplainedTemplates }, (_, index) => [
      "C0",
      "A0",
      "",
      "failed",
      `Gradebook refused the ${word(index)} column`,
    ]);
    const report = await analyzeFiles({
      "courses.csv": csv(["course_id", "short_name", "long_name", "status"], ["C1", "M1", "Math", "active"]),
      "sections.csv": csv(["section_id", "course_id", "name", "status"], ["S1", "C1", "Math A", "active"]),
      "users.csv": csv(["user_id", "login_id", "full_name", "status"], ["U1", "u1", "Ann One", "active"]),
      // An enrollment into a section no file defines: the cause, known by its section only.
      "enrollments.csv": csv(["section_id", "user_id", "role", "status"], ["S9", "U1", "student", "active"]),
      "grade-sync.csv": csv(["course_id", "assignment_id", "section_id", "status", "message"], ...filler, [
        "C1",
        "A1",
        "S9",
        "failed",
        "Roster sync refused the row",
      ]),
    });
    const finding = report.groups.find((group) => group.course.id === "C1")?.findings[0];
    expect(finding?.template).toBe(OVERFLOW_TEMPLATE);
    expect(finding?.causes?.map((cause) => cause.key)).toEqual(["canvas-sis-import-neither-course-nor-section"]);
  });

  it("link a person's bad enrollment to their errors in that course only, and a users.csv problem to any", async () => {
    const files = {
      "courses.csv": csv(
        ["course_id", "short_name", "long_name", "status"],
        ["C1", "M1", "Math", "active"],
        ["C2", "S1", "Science", "active"],
      ),
      "sections.csv": csv(["section_id", "course_id", "name", "status"], ["S1", "C1", "Math A", "active"]),
      "users.csv": csv(
        ["user_id", "login_id", "full_name", "status"],
        ["U1", "u1", "Ann One", "active"],
        ["U2", "", "Bo Two", "active"],
      ),
      // U1's enrollment in C1 names a section that does not exist.
      "enrollments.csv": csv(
        ["course_id", "section_id", "user_id", "role", "status"],
        ["C1", "S9", "U1", "student", "active"],
      ),
      "grade-sync.csv": csv(
        ["sis", "course_id", "assignment_id", "student_id", "status", "message"],
        ["aeries", "C1", "A1", "U1", "failed", "Student not found in section"],
        ["aeries", "C2", "A2", "U1", "failed", "Student not found in section"],
        ["aeries", "C2", "A3", "U2", "failed", "Student not found in section"],
      ),
    };
    const report = await analyzeFiles(files);
    const causes = (assignment: string) => causeKeys(report, assignment);
    expect(causes("A1")).toEqual(["canvas-sis-import-nonexistent-section"]);
    // The same student's error in another course is not blamed on the C1 enrollment.
    expect(causes("A2")).toBeUndefined();
    // U2 has no login_id: a problem with the person, which fails them in every course.
    expect(causes("A3")).toEqual(["canvas-sis-import-no-login-id"]);
  });

  it("link a person through their own rows of a finding, not through the courses of other people's rows", async () => {
    const report = await analyzeFiles({
      "courses.csv": csv(
        ["course_id", "short_name", "long_name", "status"],
        ["C1", "M1", "Math", "active"],
        ["C2", "S1", "Science", "active"],
      ),
      "sections.csv": csv(["section_id", "course_id", "name", "status"], ["S1", "C1", "Math A", "active"]),
      "users.csv": csv(
        ["user_id", "login_id", "full_name", "status"],
        ["U101", "u101", "Ann One", "active"],
        ["U102", "u102", "Bo Two", "active"],
      ),
      // One "nonexistent section" finding whose rows span C1 (U102's) and C2 (U101's).
      "enrollments.csv": csv(
        ["course_id", "section_id", "user_id", "role", "status"],
        ["C1", "S8", "U102", "student", "active"],
        ["C2", "S9", "U101", "student", "active"],
      ),
      "grade-sync.csv": csv(
        ["sis", "course_id", "assignment_id", "student_id", "status", "message"],
        ["aeries", "C1", "A1", "U102", "failed", "Student not found in section"],
        ["aeries", "C2", "A2", "U102", "failed", "Student not found in section"],
        ["aeries", "C2", "A3", "U101", "failed", "Student not found in section"],
      ),
    });
    const causes = (assignment: string) => causeKeys(report, assignment);
    expect(causes("A1")).toEqual(["canvas-sis-import-nonexistent-section"]);
    // U102's bad row is in C1: their error in C2 is not blamed on it, though U101's row of the finding is in C2.
    expect(causes("A2")).toBeUndefined();
    expect(causes("A3")).toEqual(["canvas-sis-import-nonexistent-section"]);
  });

  it("link every student of a bad (section, course) pair, not only the pair's first row", async () => {
    const report = await analyzeFiles({
      "courses.csv": csv(
        ["course_id", "short_name", "long_name", "status"],
        ["C1", "M1", "Math", "active"],
        ["C2", "S1", "Science", "active"],
      ),
      "sections.csv": csv(
        ["section_id", "course_id", "name", "status"],
        ["S1", "C1", "Math A", "active"],
        ["S2", "C2", "Science A", "active"],
      ),
      "users.csv": csv(
        ["user_id", "login_id", "full_name", "status"],
        ...["U1", "U2", "U3", "U4", "U5", "U6"].map((id) => [id, id.toLowerCase(), `Student ${id}`, "active"]),
      ),
      // S9 does not exist; S2 belongs to C2, not C1. Each pair's later students are as affected as its first.
      "enrollments.csv": csv(
        ["course_id", "section_id", "user_id", "role", "status"],
        ["C1", "S9", "U1", "student", "active"],
        ["C1", "S9", "U2", "student", "active"],
        ["C1", "S9", "U3", "student", "active"],
        ["C1", "S2", "U4", "student", "active"],
        ["C1", "S2", "U5", "student", "active"],
        ["C1", "S1", "U6", "student", "active"],
      ),
      "grade-sync.csv": csv(
        ["sis", "course_id", "assignment_id", "student_id", "status", "message"],
        ["aeries", "C1", "A2", "U2", "failed", "Student not found in section"],
        ["aeries", "C1", "A3", "U3", "failed", "Student not found in section"],
        ["aeries", "C1", "A5", "U5", "failed", "Student not found in section"],
        ["aeries", "C1", "A6", "U6", "failed", "Student not found in section"],
      ),
    });
    const causes = (assignment: string) => causeKeys(report, assignment);
    expect(causes("A2")).toEqual(["canvas-sis-import-nonexistent-section"]);
    expect(causes("A3")).toEqual(["canvas-sis-import-nonexistent-section"]);
    expect(causes("A5")).toEqual(["canvas-sis-import-unrelated-section-course"]);
    // U6's enrollment is sound: nothing of another student's pair is blamed for their error.
    expect(causes("A6")).toBeUndefined();
    const objects = report.provisioning?.objects ?? [];
    const findingsOfUser = (id: string) =>
      objects.find((object) => object.kind === "user" && object.id === id)?.findings.map((ref) => [ref.key, ref.count]);
    expect(findingsOfUser("U3")).toEqual([["canvas-sis-import-nonexistent-section", 1]]);
    expect(findingsOfUser("U6")).toBeUndefined();
  });

  it("link no transport, authentication or server error to a bad enrollment of its course; an unknown one still", async () => {
    const report = await analyzeFiles({
      "courses.csv": csv(["course_id", "short_name", "long_name", "status"], ["C1", "M1", "Math", "active"]),
      ...U1_IN_MISSING_SECTION,
      "grade-sync.csv": csv(
        ["sis", "course_id", "assignment_id", "student_id", "status", "message"],
        ["aeries", "C1", "A1", "U1", "failed", "HTTP 500 Internal Server Error"],
        ["aeries", "C1", "A2", "U1", "failed", "401 Unauthorized"],
        ["aeries", "C1", "A3", "U1", "failed", "Read timed out"],
        ["aeries", "C1", "A4", "U1", "failed", "Too Many Requests"],
        ["aeries", "C1", "A5", "U1", "failed", "Student not found in section"],
      ),
    });
    const finding = (assignment: string) => firstFinding(report, assignment);
    for (const assignment of ["A1", "A2", "A3", "A4"]) {
      expect(finding(assignment)?.entry).toBeDefined();
      expect(finding(assignment)?.causes).toBeUndefined();
    }
    expect(finding("A5")?.entry ?? null).toBeNull();
    expect(finding("A5")?.causes?.map((cause) => cause.key)).toEqual(["canvas-sis-import-nonexistent-section"]);
  });

  it("link a cause only to errors that can come from what it breaks: the roster or the dates", async () => {
    const report = await analyzeFiles({
      // C1's end date is no date Canvas reads for sure; U1's section does not exist.
      "courses.csv": csv(
        ["course_id", "short_name", "long_name", "status", "start_date", "end_date"],
        ["C1", "M1", "Math", "active", "2025-08-20T00:00:00Z", "tomorrow-ish"],
      ),
      ...U1_IN_MISSING_SECTION,
      "grade-sync.csv": csv(
        ["sis", "course_id", "assignment_id", "student_id", "status", "message"],
        // The student is not in the SIS section: the missing enrollment explains it, the course's date does not.
        ["aeries", "C1", "A1", "U1", "failed", "Student does not belong to this section"],
        // A grading category the SIS lacks: no import problem explains it.
        ["aeries", "C1", "A2", "U1", "failed", "Grading category Labs not found in OneRoster for ALG1-04."],
        // Two overlapping terms: a date problem may, a missing enrollment does not.
        ["aeries", "C1", "A3", "U1", "failed", "Sequence contains more than one matching element"],
      ),
    });
    const finding = (assignment: string) => firstFinding(report, assignment);
    expect(finding("A1")?.entry?.id).toBe("aeries-student-does-not-belong");
    expect(finding("A1")?.causes?.map((cause) => cause.key)).toEqual(["canvas-sis-import-nonexistent-section"]);
    expect(finding("A2")?.entry?.id).toBe("aeries-grading-category-not-found");
    expect(finding("A2")?.causes).toBeUndefined();
    expect(finding("A2")?.fix?.sisAdmin?.[0] ?? "").not.toMatch(/provisioning/);
    expect(finding("A3")?.entry?.id).toBe("aeries-academic-sessions-overlap");
    expect(finding("A3")?.causes?.map((cause) => cause.key)).toEqual(["silent:unrecognised-date"]);
  });

  it("link a user not found to their errors in every course they are enrolled in", async () => {
    const report = await analyzeFiles({
      "courses.csv": csv(
        ["course_id", "short_name", "long_name", "status"],
        ["C1", "M1", "Math", "active"],
        ["C2", "S1", "Science", "active"],
      ),
      "users.csv": csv(["user_id", "login_id", "full_name", "status"], ["U101", "u101", "Ann One", "active"]),
      // U109 is in no users.csv: Canvas fails both enrollments, though the prediction is made from the first row.
      "enrollments.csv": csv(
        ["course_id", "user_id", "role", "status"],
        ["C1", "U109", "student", "active"],
        ["C2", "U109", "student", "active"],
      ),
      "grade-sync.csv": csv(
        ["sis", "course_id", "assignment_id", "student_id", "status", "message"],
        ["aeries", "C2", "A2", "U109", "failed", "Student not found in section"],
      ),
    });
    expect(report.groups[0]?.findings[0]?.causes?.map((cause) => cause.key)).toEqual([
      "canvas-sis-import-user-not-found-for-enrollment",
    ]);
  });

  it("link a login or integration id claimed twice to the user whose row was skipped, not to its holder", async () => {
    const passback = csv(
      ["sis", "course_id", "assignment_id", "student_id", "status", "message"],
      ["powerschool", "C1", "A1", "1004", "failed", "Student.id [1004] does not have an AssignmentStudentAssociation"],
      ["powerschool", "C1", "A2", "1044", "failed", "Student.id [1044] does not have an AssignmentStudentAssociation"],
      ["powerschool", "C1", "A3", "1005", "failed", "Student.id [1005] does not have an AssignmentStudentAssociation"],
      ["powerschool", "C1", "A4", "1055", "failed", "Student.id [1055] does not have an AssignmentStudentAssociation"],
    );
    const causes = (report: Report) =>
      Object.fromEntries(
        report.groups.map((group) => [
          group.assignment.id,
          group.findings[0]?.causes?.map((cause) => [cause.key, cause.shared]),
        ]),
      );
    const skipped = (user: string, entry: string) => [[entry, [{ kind: "user", id: user }]]];
    const claimed = "canvas-sis-import-login-claimed-sis-id";
    const integration = "canvas-sis-import-integration-id-claimed";
    // 1004 and 1005 hold the login and the integration id; Canvas skipped the rows of 1044 and 1055, which asked for them.
    const predicted = await analyzeFiles({
      "users.csv": csv(
        ["user_id", "login_id", "integration_id", "full_name", "status"],
        ["1004", "jkim", "", "Jun Kim", "active"],
        ["1044", "jkim", "", "Jae Kim", "active"],
        ["1005", "apark", "I-5", "Ann Park", "active"],
        ["1055", "bpark", "I-5", "Bea Park", "active"],
      ),
      "grade-sync.csv": passback,
    });
    expect(causes(predicted)).toEqual({
      A1: undefined,
      A2: skipped("1044", claimed),
      A3: undefined,
      A4: skipped("1055", integration),
    });
    // Canvas's own messages, without the CSVs, name the holder first.
    const reported = await analyzeFiles({
      "sis_errors_attachment_9.csv": csv(
        ["sis_import_id", "file", "message", "row"],
        [
          "9",
          "users.csv",
          `"An existing Canvas user with the SIS ID 1004 has already claimed 1044's user_id requested login information, skipping"`,
          "3",
        ],
        [
          "9",
          "users.csv",
          `"An existing Canvas user with the SIS ID 1005 has already claimed 1055's requested integration_id, skipping"`,
          "5",
        ],
      ),
      "grade-sync.csv": passback,
    });
    expect(causes(reported)).toEqual(causes(predicted));
  });

  it("with --redact, replace every person of users.csv wherever a message quotes them, listed or not", async () => {
    const report = await analyzeFiles(
      {
        "users.csv": csv(
          ["user_id", "login_id", "first_name", "last_name", "email", "status"],
          ["U102", "xia.s", "Xiadani", "Solano", "xia.s@example.org", "active"],
          ["U103", "will.t", "Will", "Tobias", "", "active"],
        ),
        "grade-sync.csv": csv(
          ["sis", "course_id", "assignment_id", "status", "message"],
          ["aeries", "C1", "A1", "failed", "Could not post score for xia.s (Xiadani Solano): account locked"],
          ["aeries", "C1", "A1", "failed", '"Could not post score for will.t (Tobias, Will): account locked"'],
        ),
      },
      { redact: true },
    );
    const text = JSON.stringify(report);
    for (const secret of ["xia.s", "Xiadani Solano", "U102", "will.t", "Tobias, Will", "U103"]) {
      expect(text).not.toContain(secret);
    }
    // A name becomes the student's name pseudonym, as in the passback half (then masked: the error is unexplained).
    expect(report.groups[0]?.findings[0]?.template).toBe(
      "Could not post score for <num> (Student <num>): account locked",
    );
  });
});
