import { describe, expect, it } from "vitest";
import { inferIdentityColumns } from "./infer-identity.js";

const COURSES = [
  { id: "30101", name: "Biology - P1", teacher: "Dana Whitfield" },
  { id: "40212", name: "Algebra I - P3", teacher: "Omar Haddad" },
  { id: "51007", name: "World History", teacher: "Lena Fischer" },
];
/** Each course's students, by the number after the course id; two students share a name, as in the bundled export. */
const STUDENTS = ["Ava Lindqvist", "Noah Brennan", "Ava Lindqvist", "Mia Okafor"];
const COLUMNS = ["sis", "course", "name", "section", "teacher", "assignment", "title", "student", "who", "level"];

/** A header-less Grade Sync table: every course has two assignments and four students of its own, who score each. */
function table(options: { studentsOnAssignmentRows?: boolean; names?: boolean } = {}): string[][] {
  const rows: string[][] = [];
  COURSES.forEach((course, c) => {
    for (let a = 1; a <= 2; a++) {
      const assignment = `${7000 + c * 10 + a}`;
      const row = (student: string, who: string, level: string) => [
        "aspen",
        course.id,
        course.name,
        `${course.id}.1`,
        course.teacher,
        assignment,
        `Quiz ${a}`,
        student,
        who,
        level,
      ];
      if (options.studentsOnAssignmentRows === false) rows.push(row("", "", "assignment"));
      for (const [n, name] of STUDENTS.entries()) rows.push(row(`${course.id}${n}`, name, "submission"));
    }
  });
  if (options.names === false) return rows.map((row) => [row[1], row[5], row[7]] as string[]);
  return rows;
}

const all = (rows: string[][]) => Array.from({ length: rows[0]?.length ?? 0 }, (_, index) => index);
const fieldsOf = (rows: string[][]) => {
  const { targets, missing } = inferIdentityColumns(rows, all(rows), undefined);
  const fields = Object.fromEntries([...targets].map(([index, target]) => [COLUMNS[index] ?? index, target.field]));
  return { fields, missing };
};

describe("inferIdentityColumns on a table with no header", () => {
  it("finds every column of a Grade Sync export by its values and how they relate", () => {
    expect(fieldsOf(table())).toEqual({
      fields: {
        sis: "sis",
        course: "courseId",
        name: "courseName",
        section: "section",
        teacher: "teacher",
        assignment: "assignmentId",
        title: "assignmentName",
        student: "studentId",
        who: "studentName",
        level: "level",
      },
      missing: [],
    });
  });

  it("leaves an assignment id and a student id it cannot tell apart unmapped, but finds their course", () => {
    const ids = table({ names: false });
    expect(inferIdentityColumns(ids, [0, 1, 2], undefined)).toEqual({
      targets: new Map([[0, { field: "courseId", kind: "text" }]]),
      missing: ["assignment", "student"],
    });
  });

  it("takes the id that determines the course as the assignment's when students take several courses", () => {
    const rows = table({ names: false }).map(([course, assignment, student]) => [
      course as string,
      assignment as string,
      (student as string).slice(-1),
    ]);
    const { targets, missing } = inferIdentityColumns(rows, [0, 1, 2], undefined);
    expect([...targets].map(([index, target]) => [index, target.field])).toEqual([
      [1, "assignmentId"],
      [0, "courseId"],
    ]);
    expect(missing).toEqual(["student"]);
  });

  it("tells them apart when assignment-level rows leave the student empty", () => {
    const rows = table({ names: false, studentsOnAssignmentRows: false });
    const { targets, missing } = inferIdentityColumns(rows, [0, 1, 2], undefined);
    expect([...targets].map(([index, target]) => [index, target.field])).toEqual([
      [2, "studentId"],
      [1, "assignmentId"],
      [0, "courseId"],
    ]);
    expect(missing).toEqual([]);
  });

  it("takes nothing from a few rows whose values prove no relation", () => {
    const rows = table().slice(0, 2);
    const { fields, missing } = fieldsOf(rows);
    expect(fields).toEqual({ sis: "sis", level: "level" });
    expect(missing).toEqual(["course", "assignment", "student"]);
  });

  it("takes 3-digit codes as the HTTP status only when successes carry none but 2xx", () => {
    const rows = [
      ["101", "failed", "409"],
      ["101", "success", ""],
      ["102", "success", ""],
      ["102", "failed", "500"],
    ];
    expect(inferIdentityColumns(rows, [0, 2], 1).targets).toEqual(
      new Map([[2, { field: "httpStatus", kind: "http-status" }]]),
    );
  });
});
