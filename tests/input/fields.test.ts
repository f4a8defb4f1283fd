import { describe, expect, it } from "vitest";
import { fieldForName, fieldForPath } from "../../packages/core/src/input/fields/field-aliases.js";
import { parseDate } from "../../packages/core/src/input/fields/parse-date.js";
import { levelFromWord, statusFromWord } from "../../packages/core/src/input/fields/status-words.js";
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
  ])("%s → %s", (name, field) => {
    expect(fieldForName(name)?.field).toBe(field);
  });

  it("tries shorter suffixes of nested paths", () => {
    expect(fieldForPath("data.course.name")?.field).toBe("courseName");
    expect(fieldForPath("payload.id")).toBeUndefined();
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

  it("reports an unparseable date once per column and keeps the rows", async () => {
    const text =
      "created_at,due_date,status,message\nsoon,never,failed,x\nlater,2025-10-01,failed,y\nnow,whenever,ok,\n";
    const { records, diagnostics } = await readAll(text);
    expect(records.map((record) => [record.timestamp, record.dueDate])).toEqual([
      [undefined, undefined],
      [undefined, "2025-10-01"],
      [undefined, undefined],
    ]);
    expect(problems(diagnostics).map((diagnostic) => [diagnostic.code, diagnostic.line])).toEqual([
      ["unparseable-date", 2],
      ["unparseable-date", 2],
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
