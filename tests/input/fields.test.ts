import { describe, expect, it } from "vitest";
import { fieldForName, fieldForPath } from "../../packages/core/src/input/fields/field-aliases.js";
import { parseDate } from "../../packages/core/src/input/fields/parse-date.js";
import { levelFromWord, statusFromWord } from "../../packages/core/src/input/fields/status-words.js";
import { LIMITS } from "../../packages/core/src/limits.js";
import { unwrapResponse } from "../../packages/core/src/message/unwrap-response.js";
import { problems, readAll } from "./helpers.js";

describe("alias table", () => {
  it.each([
    ["course_id", "courseId"],
    ["courseId", "courseId"],
    ["Course ID", "courseId"],
    ["canvas_course_id", "courseId"],
    ["course.id", "courseId"],
    ["Course", "courseName"],
    ["course_title", "courseName"],
    ["section_name", "section"],
    ["instructor", "teacher"],
    ["Assignment Title", "assignmentName"],
    ["lineItem", "assignmentName"],
    ["lineItemId", "assignmentId"],
    ["User", "studentName"],
    ["Student SIS ID", "studentId"],
    ["sis_user_id", "studentId"],
    ["workflow_state", "status"],
    ["status_code", "httpStatus"],
    ["Error Message", "message"],
    ["error.message", "message"],
    ["Sync Time", "timestamp"],
    ["logged_at", "timestamp"],
    ["due-at", "dueDate"],
    ["SIS Type", "sis"],
    ["record_type", "level"],
    ["Section SIS ID", "section"],
    ["Canvas Assignment ID", "assignmentId"],
    ["Canvas User ID", "studentId"],
    ["Student Number", "studentId"],
    ["Error Description", "message"],
    ["Last Sync", "timestamp"],
    ["Sync Date", "timestamp"],
    ["Kurs", "courseName"],
    ["Aufgabe", "assignmentName"],
    ["Schüler", "studentName"],
    ["Fehler", "message"],
    ["curso", "courseName"],
    ["tarea", "assignmentName"],
    ["estudiante", "studentName"],
    ["cours", "courseName"],
    ["devoir", "assignmentName"],
    ["Élève", "studentName"],
    ["Eleve", "studentName"],
    ["erreur", "message"],
  ])("%s → %s", (name, field) => {
    expect(fieldForName(name)?.field).toBe(field);
  });

  it("tries shorter suffixes of nested paths", () => {
    expect(fieldForPath("data.course.name")?.field).toBe("courseName");
    expect(fieldForPath("payload.id")).toBeUndefined();
  });

  it("never takes another person's key for the student's: a teacher's email is not the student's other id", async () => {
    expect(fieldForPath("teacher.email")).toBeUndefined();
    expect(fieldForPath("grader.user_id")).toBeUndefined();
    expect(fieldForPath("data.student.email")?.field).toBe("studentOtherIds");
    expect(fieldForPath("payload.user.id")?.field).toBe("studentId");
    const json = JSON.stringify([
      {
        course_id: "4411",
        message: "Could not post grade",
        student: { id: "S-1", email: "kim@students.example.org" },
        teacher: { name: "Dana Park", email: "dpark@school.example.org" },
      },
    ]);
    const { records } = await readAll(json);
    expect(records[0]?.studentId).toBe("S-1");
    expect(records[0]?.studentOtherIds).toEqual(["kim@students.example.org"]);
  });
});

describe("status and level words", () => {
  it.each([
    ["failed", "error"],
    ["FAILURE", "error"],
    ["err", "error"],
    ["fatal", "error"],
    ["rejected", "error"],
    ["false", "error"],
    ["Warning", "warning"],
    ["partial", "warning"],
    ["completed_with_errors", "warning"],
    ["Imported With Messages", "warning"],
    ["succeeded", "success"],
    ["OK", "success"],
    ["Completed", "success"],
    ["posted", "success"],
    ["synced", "success"],
    ["true", "success"],
    ["In Progress", "info"],
    ["queued", "info"],
    ["skipped", "info"],
    ["DEBUG", "info"],
    ["Fehler", "error"],
    ["Erfolgreich", "success"],
    ["Fallido", "error"],
    ["Éxito", "success"],
    ["Échec", "error"],
    ["Réussi", "success"],
  ])("%s → %s", (word, status) => {
    expect(statusFromWord(word)).toBe(status);
  });

  it("knows record levels", () => {
    expect(levelFromWord("lineitem")).toBe("assignment");
    expect(levelFromWord("Score")).toBe("submission");
    expect(levelFromWord("ERROR")).toBeUndefined();
  });
});

describe("dates", () => {
  it.each([
    ["2025-09-14T10:02:58Z", "2025-09-14T10:02:58Z"],
    ["2025-09-14T10:02:58.250Z", "2025-09-14T10:02:58.250Z"],
    ["2025-09-14T10:02:58-04:00", "2025-09-14T14:02:58Z"],
    ["2025-09-14T10:02:58+0200", "2025-09-14T08:02:58Z"],
    ["2025-09-14 10:02:58", "2025-09-14T10:02:58Z"],
    ["2025-09-14 10:02:58,250", "2025-09-14T10:02:58.250Z"],
    ["2025-09-14 10:02:58,5", "2025-09-14T10:02:58.500Z"],
    ["2025/09/14 10:02:58", "2025-09-14T10:02:58Z"],
    ["2025/9/4", "2025-09-04"],
    ["2025-09-14", "2025-09-14"],
    ["9/14/2025 1:02 PM", "2025-09-14T13:02:00Z"],
    ["9/14/2025 12:02:07 AM", "2025-09-14T00:02:07Z"],
    ["09/14/2025", "2025-09-14"],
    ["14.09.2025 13:02", "2025-09-14T13:02:00Z"],
    ["4.9.2025, 08:15:30", "2025-09-04T08:15:30Z"],
    ["14.09.2025", "2025-09-14"],
    ["1757844000", "2025-09-14T10:00:00Z"],
    ["1757844000123", "2025-09-14T10:00:00.123Z"],
  ])("%s → %s", (value, iso) => {
    expect(parseDate(value)).toBe(iso);
  });

  it.each([
    "yesterday",
    "2025-13-45",
    "13/45/2025",
    "12345",
    "9/14/2025 13:00 PM",
    "1.10.20",
    "31.13.2025",
    "3.5 points",
    "2025-09-14 10:02:58,",
    "2025/13/01",
  ])("rejects %s", (value) => {
    expect(parseDate(value)).toBeUndefined();
  });

  // Date.UTC carries a day past the month's end into the next month: 31 February must not become 3 March.
  it.each([
    ["2025-02-30", false],
    ["2025-02-29", false],
    ["2025-04-31T10:00:00Z", false],
    ["2025-06-31T10:00:00.250Z", false],
    ["2025-02-30 10:00:00", false],
    ["2025/02/30", false],
    ["02/31/2025", false],
    ["04/31/2025 1:02 PM", false],
    ["31/04/2025", true],
    ["30/02/2025 13:02", true],
    ["31.04.2025", false],
    ["29.02.2025 08:15", false],
  ])("rejects %s, a day its month does not have (day first: %s)", (value, dayFirst) => {
    expect(parseDate(value, dayFirst)).toBeUndefined();
  });

  it.each([
    ["2024-02-29", false, "2024-02-29"],
    ["2000-02-29T10:00:00Z", false, "2000-02-29T10:00:00Z"],
    ["2025-09-30T10:00:00.123456Z", false, "2025-09-30T10:00:00.123456Z"],
    ["2025-12-31T23:59:59Z", false, "2025-12-31T23:59:59Z"],
    ["02/29/2024", false, "2024-02-29"],
    ["31/12/2025", true, "2025-12-31"],
    ["29.02.2024 08:15", false, "2024-02-29T08:15:00Z"],
  ])("keeps %s, the last days of months and leap days (day first: %s)", (value, dayFirst, iso) => {
    expect(parseDate(value, dayFirst)).toBe(iso);
  });

  it("counts a column's impossible dates as unparseable instead of moving them into the next month", async () => {
    const text = "created_at,status,message\n02/14/2025,failed,x\n02/31/2025,failed,y\n2025-02-30T10:00:00Z,failed,z\n";
    const { records, diagnostics } = await readAll(text);
    expect(records.map((record) => record.timestamp)).toEqual(["2025-02-14", undefined, undefined]);
    expect(problems(diagnostics)).toEqual([
      expect.objectContaining({
        code: "unparseable-date",
        line: 3,
        message: expect.stringContaining("and 1 more after it (2 in all)"),
      }),
    ]);
  });

  it("reads a slash date day first when asked", () => {
    expect(parseDate("03/09/2025", true)).toBe("2025-09-03");
    expect(parseDate("14/09/2025 13:02", true)).toBe("2025-09-14T13:02:00Z");
    expect(parseDate("09/14/2025", true)).toBeUndefined();
  });

  /** A CSV whose `synced_at` column holds the given dates, one row each, the first on line 2. */
  const slashDates = (...dates: string[]) =>
    `synced_at,status,message\n${dates.map((date) => `${date},failed,Could not post grade`).join("\n")}\n`;
  const timestamps = (records: readonly { timestamp?: string }[]) => records.map((record) => record.timestamp);
  /** Ambiguous rows past the head the columns are mapped from (the text sniffed for the shape, at least). */
  const ambiguousHead = Array.from({ length: LIMITS.shapeSniffLength / 20 }, () => "03/09/2025");

  it("reads a slash-date column day first when its first rows show a day over 12", async () => {
    const { records, diagnostics } = await readAll(slashDates("14/09/2025", "03/09/2025 08:00", "01/10/2025"));
    expect(timestamps(records)).toEqual(["2025-09-14", "2025-09-03T08:00:00Z", "2025-10-01"]);
    expect(problems(diagnostics)).toEqual([]);
  });

  it("reads a slash-date column month first when its first rows show a second part over 12", async () => {
    const { records, diagnostics } = await readAll(slashDates("09/14/2025", "03/09/2025"));
    expect(timestamps(records)).toEqual(["2025-09-14", "2025-03-09"]);
    expect(problems(diagnostics)).toEqual([]);
  });

  it("reads a later date that contradicts the column's order as it must be read, and says so once", async () => {
    const { records, diagnostics } = await readAll(
      slashDates("14/09/2025", "15/09/2025", "09/16/2025", "17/09/2025", "09/18/2025"),
    );
    expect(timestamps(records)).toEqual(["2025-09-14", "2025-09-15", "2025-09-16", "2025-09-17", "2025-09-18"]);
    expect(problems(diagnostics)).toEqual([
      expect.objectContaining({
        code: "date-order-contradicted",
        line: 4,
        message: expect.stringMatching(
          /"synced_at" was read day first .* as its first rows show, but 2 dates from line 4 on read only month first/,
        ),
      }),
    ]);
  });

  it("says month first was assumed only when a later date contradicts it", async () => {
    const quiet = await readAll(slashDates(...ambiguousHead));
    expect(timestamps(quiet.records).slice(0, 1)).toEqual(["2025-03-09"]);
    expect(problems(quiet.diagnostics)).toEqual([]);

    const contradicted = await readAll(slashDates(...ambiguousHead, "14/09/2025"));
    expect(timestamps(contradicted.records).at(-1)).toBe("2025-09-14");
    const line = ambiguousHead.length + 2;
    expect(problems(contradicted.diagnostics)).toEqual([
      expect.objectContaining({
        code: "date-order-contradicted",
        line,
        message: expect.stringMatching(
          new RegExp(
            `read month first \\(mm/dd/yyyy\\), assumed .* but 1 date from line ${line} on read only day first`,
          ),
        ),
      }),
    ]);
  });

  it("finds a day-first date column by its values when its name does not say", async () => {
    const text = "when,status,message\n14/09/2025 10:00,failed,Could not post grade\n15/09/2025 10:00,ok,\n";
    const { records } = await readAll(text);
    expect(timestamps(records)).toEqual(["2025-09-14T10:00:00Z", "2025-09-15T10:00:00Z"]);
  });

  it("reports unparseable dates once per column, with how many and the first line, and keeps the rows", async () => {
    const text =
      "created_at,due_date,status,message\nsoon,never,failed,x\nlater,2025-10-01,failed,y\nnow,whenever,ok,\n" +
      "2025-10-02,2025-10-03,ok,\n";
    const { records, diagnostics } = await readAll(text);
    expect(records.map((record) => [record.timestamp, record.dueDate])).toEqual([
      [undefined, undefined],
      [undefined, "2025-10-01"],
      [undefined, undefined],
      ["2025-10-02", "2025-10-03"],
    ]);
    expect(problems(diagnostics).map(({ code, line, message }) => [code, line, message])).toEqual([
      [
        "unparseable-date",
        2,
        '"created_at" holds a value on line 2 that is not a date, and 2 more after it (3 in all); these values are left out',
      ],
      [
        "unparseable-date",
        2,
        '"due_date" holds a value on line 2 that is not a date, and 1 more after it (2 in all); these values are left out',
      ],
    ]);
  });
});

describe("unwrapping embedded responses", () => {
  it.each([
    [
      '409 Conflict: {"errors":[{"field":"Student.id [5] does not have an AssignmentStudentAssociation"}]}',
      { message: "Student.id [5] does not have an AssignmentStudentAssociation", httpStatus: 409 },
    ],
    [
      'Error posting grade (HTTP 403): {"message":"User does not teach section 7"}',
      { message: "User does not teach section 7", httpStatus: 403 },
    ],
    [
      'Response code 500 body={"Message":"Internal Server Error"}',
      { message: "Internal Server Error", httpStatus: 500 },
    ],
    [
      '{"statusInfoSet":[{"imsx_codeMajor":"failure","imsx_severity":"error","imsx_description":"Line item not found"}]}',
      { message: "Line item not found" },
    ],
    [
      '{"statusInfoSet":[{"imsx_codeMajor":"failure","imsx_severity":"error"}]}',
      { message: '{"statusInfoSet":[{"imsx_codeMajor":"failure","imsx_severity":"error"}]}' },
    ],
    [
      '400 {"error":"invalid_grant","error_description":"Token expired"}',
      { message: "Token expired", httpStatus: 400 },
    ],
    ['{"errors":[{"message":"a"},{"message":"b"}]}', { message: "a; b" }],
    // What failed and where: the top message and the nested field both reach the matcher.
    [
      '409 Conflict {"message":"Validation Error","errors":[{"field":"actualscoregradescaledcid"}]}',
      { message: "Validation Error: actualscoregradescaledcid", httpStatus: 409 },
    ],
    // A body an HTTP client or gateway logged as a string: JSON inside the JSON, or plain text.
    [
      '{"code":409,"body":"{\\"errorMessage\\":\\"Assignment scores export error\\"}"}',
      { message: "Assignment scores export error" },
    ],
    ['{"error":"{\\"message\\":\\"User does not teach section 7\\"}"}', { message: "User does not teach section 7" }],
    ['500 {"status":500,"body":"Internal Server Error"}', { message: "Internal Server Error", httpStatus: 500 }],
    // PowerSchool's error object under errorMessage, after the request a service log names.
    [
      'PUT https://ps.example.org/ws/xte/score returned 409: {"errorMessage":{"message":"Validation Error","errors":[{"field":"actualscoregradescaledcid"}]}}',
      { message: "Validation Error: actualscoregradescaledcid", httpStatus: 409 },
    ],
  ])("%s", (text, expected) => {
    expect(unwrapResponse(text)).toEqual(expected);
  });

  it("leaves messages without a JSON body alone", () => {
    expect(unwrapResponse("Grade {not json} here")).toBeUndefined();
    expect(unwrapResponse("Plain error")).toBeUndefined();
  });

  it("keeps an HTTP status the record already had", async () => {
    const { records } = await readAll(
      'status,http_status,message\nfailed,502,"409 Conflict: {""message"":""busy""}"\n',
    );
    expect(records[0]).toMatchObject({ httpStatus: 502, message: "busy" });
  });
});

describe("unknown status words", () => {
  it("falls back to the message and says so once per column", async () => {
    const text = "status,message\nE_FAIL,Could not post\nE_FAIL,\nE_OTHER,Again\n";
    const { records, diagnostics } = await readAll(text);
    expect(records.map((record) => record.status)).toEqual(["error", "info", "error"]);
    expect(problems(diagnostics)).toEqual([expect.objectContaining({ line: 2, code: "column-unmapped" })]);
  });
});
