import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { problems, readAll } from "./helpers.js";

const FIXTURES = new URL("../fixtures/input/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES));

describe("CSV", () => {
  it("keeps every row when a CRLF export switches to LF after the sniffed head (concatenated exports)", async () => {
    const row = (i: number, eol: string) => `2025-09-14T10:00:00Z,${i},failed,"Section ${i}, not taught"${eol}`;
    const head = `timestamp,course_id,status,message\r\n${Array.from({ length: 3000 }, (_, i) => row(i, "\r\n")).join("")}`;
    const tail = Array.from({ length: 50 }, (_, i) => row(3000 + i, "\n")).join("");
    const { records, diagnostics } = await readAll(head + tail);
    expect(records).toHaveLength(3050);
    expect(records.at(-1)).toMatchObject({ line: 3051, courseId: "3049", message: "Section 3049, not taught" });
    expect(problems(diagnostics)).toEqual([]);
  });

  it.each([
    [",", "comma"],
    [";", "semicolon"],
    ["\t", "tab"],
    ["|", "pipe"],
  ])("detects the %j delimiter", async (delimiter) => {
    const text = [
      ["course_id", "assignment_name", "status", "message"],
      ["1", "Quiz 1", "failed", "Grading period is closed"],
      ["2", "Quiz 2", "success", ""],
    ]
      .map((row) => row.join(delimiter))
      .join("\n");
    const { records, diagnostics, info } = await readAll(text);
    expect(info?.delimiter).toBe(delimiter);
    expect(problems(diagnostics)).toEqual([]);
    expect(records).toEqual([
      { line: 2, courseId: "1", assignmentName: "Quiz 1", status: "error", message: "Grading period is closed" },
      { line: 3, courseId: "2", assignmentName: "Quiz 2", status: "success" },
    ]);
  });

  it("maps Title Case headers, US dates and embedded responses (semicolon, CRLF fixture)", async () => {
    const { records, diagnostics } = await readAll(fixture("title-case-semicolon.csv"), { source: "tc.csv" });
    expect(problems(diagnostics)).toEqual([]);
    expect(records).toEqual([
      {
        line: 2,
        source: "tc.csv",
        timestamp: "2025-09-14T13:02:00Z",
        sis: "PowerSchool",
        courseId: "101",
        courseName: "Algebra I",
        assignmentName: "Quiz 1",
        studentId: "S-1",
        studentName: "Ana Lee",
        status: "error",
        message: "Student.id [5] does not have an AssignmentStudentAssociation",
        httpStatus: 409,
      },
      expect.objectContaining({ line: 3, status: "success", assignmentName: "Quiz 2" }),
      expect.objectContaining({
        line: 4,
        status: "warning",
        assignmentName: "Lab; part 1",
        timestamp: "2025-09-14T13:07:30Z",
      }),
    ]);
    expect(records[1]?.message).toBeUndefined();
  });

  it.each([
    [
      "snake_case",
      "course_id,course_name,section_name,teacher_name,assignment_id,student_name,record_type,result,status_code,error_message,due_at",
    ],
    [
      "camelCase",
      "courseId,courseTitle,sectionId,instructor,lineItemId,userName,kind,outcome,statusCode,errorMessage,dueDate",
    ],
    [
      "dotted",
      "course.id,course.name,section,teacher,assignment.id,student.name,type,state,http,error.message,due_date",
    ],
    [
      "Title Case",
      "Canvas Course ID,Course Name,Section,Teacher,Assignment ID,Student Name,Level,Status,HTTP Status,Error Message,Due Date",
    ],
  ])("maps a %s header", async (_, header) => {
    const row = "7,Art,7.1,Kim,55,Lu Wen,assignment,failure,422,Due date is outside the term,2025-10-01";
    const { records, diagnostics } = await readAll(`${header}\n${row}\n`);
    expect(problems(diagnostics)).toEqual([]);
    expect(records).toEqual([
      {
        line: 2,
        courseId: "7",
        courseName: "Art",
        section: "7.1",
        teacher: "Kim",
        assignmentId: "55",
        studentName: "Lu Wen",
        level: "assignment",
        status: "error",
        httpStatus: 422,
        message: "Due date is outside the term",
        dueDate: "2025-10-01",
      },
    ]);
  });

  // "late" was taken for the status by its values: the first row, an error with late=true, counted as a success.
  it("does not take a column of only true and false for the status", async () => {
    const text = [
      "course_id,assignment_id,student_id,late,message",
      "C1,A1,U1,true,Grade could not be posted",
      "C1,A2,U2,false,Grade could not be posted",
    ].join("\n");
    const { records, diagnostics } = await readAll(text);
    const mapped = diagnostics.find((diagnostic) => diagnostic.code === "columns-mapped");
    expect(mapped?.message).not.toContain("late → status");
    expect(records.map((record) => record.status)).toEqual(["error", "error"]);
    // One named for the outcome still is: true a success, false an error.
    const named = await readAll(text.replace(",late,", ",synced,"));
    expect(named.records.map((record) => record.status)).toEqual(["success", "error"]);
  });

  it("finds the message and status columns by content when names do not say", async () => {
    const text = [
      "when,who,what,col4,col5",
      "2025-09-14T10:00:00Z,Kim,Quiz,failed,The assignment group could not be matched in the SIS",
      "2025-09-14T10:01:00Z,Kim,Quiz,success,",
      "2025-09-14T10:02:00Z,Kim,Test,error,Student is not enrolled in this section",
    ].join("\n");
    const { records, diagnostics } = await readAll(text);
    const mapped = diagnostics.find((diagnostic) => diagnostic.code === "columns-mapped");
    expect(mapped?.message).toContain("by content: col5 → message, col4 → status, when → timestamp");
    expect(records.map((record) => [record.status, record.message, record.timestamp])).toEqual([
      ["error", "The assignment group could not be matched in the SIS", "2025-09-14T10:00:00Z"],
      ["success", undefined, "2025-09-14T10:01:00Z"],
      ["error", "Student is not enrolled in this section", "2025-09-14T10:02:00Z"],
    ]);
  });

  // Rows read as info made the run say "no errors" of a file that may hold nothing but failures.
  it("refuses a CSV with no message or status column, naming what was expected and the header that arrived", async () => {
    const error = await readAll("course_id,teacher\n1,Kim\n2,Lee\n", { source: "ids.csv" }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toMatchObject({
      code: "no-outcome-column",
      source: "ids.csv",
      line: 1,
      message: expect.stringMatching(
        /^ids\.csv: expected a column that says whether each row failed: its error message \(named message, error, .*its sync status \(named status, result, .*but the header on line 1 has course_id, teacher, so no row can be told from a success/,
      ),
    });
  });

  it("refuses a CSV or JSON whose outcome columns are there but empty in every record, and reads one with a value", async () => {
    const refusal = (text: string) =>
      readAll(text, { source: "blank.csv" }).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
    for (const text of [
      "course_id,user_id,status,message\n1,5,,\n1,6,,\n",
      '[{"course_id":1,"status":"","message":null},{"course_id":2,"status":null}]',
    ]) {
      expect(await refusal(text)).toMatchObject({
        code: "no-outcome-column",
        message: expect.stringMatching(/but no record has a value in any such (column|key), so no row can be told/),
      });
    }
    const one = await readAll("course_id,user_id,status,message\n1,5,,\n1,6,failed,\n");
    expect(one.records.map((record) => record.status)).toEqual(["info", "error"]);
    // A status in words we do not know is a value, said by its own diagnostic: not refused as empty.
    const unknown = await readAll("course_id,status\n1,gelb\n2,gelb\n");
    expect(unknown.records).toHaveLength(2);
  });

  it("refuses a header-less CSV none of whose columns holds error text or status words", async () => {
    const rows = Array.from({ length: 8 }, (_, i) => `2025-09-14T10:0${i}:00Z,${4400 + i},Quiz ${i},${90000 + i}`);
    const error = await readAll(rows.join("\n")).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toMatchObject({
      code: "no-outcome-column",
      line: 1,
      message: expect.stringContaining("but the file has no header row and none of its 4 columns holds error text"),
    });
  });

  it("reads a CSV whose only outcome column is the log level", async () => {
    const { records } = await readAll("course_id,level\n1,ERROR\n2,INFO\n");
    expect(records.map((record) => record.status)).toEqual(["error", "info"]);
  });

  it("reads a request log whose only outcome column is the HTTP status: 4xx and 5xx failed, 2xx went through", async () => {
    const { records } = await readAll("course_id,user_id,http_status\n1,5,409\n1,6,200\n1,7,503\n");
    expect(records.map((record) => record.status)).toEqual(["error", "success", "error"]);
    // A message still decides a 2xx row, as it does without a status column.
    const withMessage = await readAll("course_id,http_status,message\n1,200,Grade posted\n1,400,Grade posted\n");
    expect(withMessage.records.map((record) => record.status)).toEqual(["success", "error"]);
  });

  it("maps German, Spanish and French headers, and reads the rows", async () => {
    const text = "Kurs;Aufgabe;Schüler;Fehler\n4411;Quiz 2;Ada;Benutzer nicht im Abschnitt\n";
    const { records } = await readAll(text);
    expect(records).toEqual([
      {
        line: 2,
        courseName: "4411",
        assignmentName: "Quiz 2",
        studentName: "Ada",
        status: "error",
        message: "Benutzer nicht im Abschnitt",
      },
    ]);
  });

  it("names the headers that arrived and what was expected when no message column is found", async () => {
    const { diagnostics } = await readAll("Corso;Compito;Studente;Errore;Status\n4411;Quiz 2;Ada;E42;failed\n");
    const notFound = diagnostics.filter((diagnostic) => diagnostic.code === "field-not-found");
    expect(notFound.map((diagnostic) => diagnostic.message)).toContainEqual(
      "no column holds the message; expected a column named message, error, error_message, details, … or one whose " +
        "values read like error text; the header has Corso, Compito, Studente, Errore, Status",
    );
  });

  it.each([
    [
      "a header whose columns map to nothing",
      "foo,bar\n1,2\n\n3,4\n",
      {
        line: 1,
        message: expect.stringMatching(
          /^export\.csv: expected a message column named message, .* but the header on line 1 has foo, bar and none of them could be mapped, so its 2 rows from line 2 were not read;/,
        ),
      },
    ],
    [
      "a mapped column empty in every row",
      "message,foo\n,x\n",
      {
        line: 2,
        message:
          "export.csv: expected rows with a value in the columns read (message), but they are empty, so its row on line 2 was not read",
      },
    ],
  ])("says rows were there but not read when %s", async (_, text, expected) => {
    const error = await readAll(text, { source: "export.csv" }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toMatchObject({ code: "no-records", ...expected });
  });

  // They were dropped without a word when other rows were read.
  it("says how many rows with no value in the columns read were skipped, and where the first is", async () => {
    const text = [
      "course_id,status,message,notes",
      "1,failed,Student not enrolled,",
      ",,,",
      ",,,see ticket 42",
      "2,failed,Section missing,",
      ",,,",
      "",
      "",
    ].join("\n");
    const { records, diagnostics } = await readAll(text);
    expect(records.map((record) => record.line)).toEqual([2, 5]);
    expect(problems(diagnostics)).toEqual([
      {
        line: 3,
        code: "empty-rows-skipped",
        message:
          "the row on line 3 has no value in the columns read (course_id, status, message), and 2 more after it " +
          "(3 in all); these rows are skipped, not records (the ignored columns, notes, are not read)",
      },
    ]);
  });

  // Read as data, each repeated header was an error of course "course_id" whose message is "message".
  it("skips a header repeated below the data (exports concatenated, a byte-order mark and all) and says so", async () => {
    const header = "course_id,status,message";
    const text = [header, "1,failed,Student not enrolled", `\uFEFF${header}`, "2,failed,Section missing", header, ""];
    const { records, diagnostics } = await readAll(text.join("\r\n"));
    expect(records.map((record) => [record.line, record.courseId])).toEqual([
      [2, "1"],
      [4, "2"],
    ]);
    expect(problems(diagnostics)).toEqual([
      {
        line: 3,
        code: "header-repeated",
        message:
          "the header row is repeated on line 3 and on 1 more after it (2 in all); these rows are skipped, not " +
          "records (exports concatenated into one file, each with its header)",
      },
    ]);
  });

  // Read as data, "Total,,2" was an error of course "Total" whose message is "2".
  it("skips the total rows a spreadsheet adds below the data, a label and numbers, and says so", async () => {
    const text = [
      "course_id,student_id,status,message",
      "1,S-1,failed,Student not enrolled",
      "2,S-2,failed,Section missing",
      "Total,,,2",
      ',Summe:,,"1,5"',
      "",
    ].join("\n");
    const { records, diagnostics } = await readAll(text);
    expect(records.map((record) => record.courseId)).toEqual(["1", "2"]);
    expect(problems(diagnostics)).toEqual([
      {
        line: 4,
        code: "total-rows-skipped",
        message:
          "the row on line 4 is a total (a label and numbers only) and 1 more after it (2 in all); these rows are " +
          "skipped, not records",
      },
    ]);
    // A course named so, with a status or a message, is no total.
    const named = await readAll("course_name,status,message\nTotal,failed,Grading period closed\n");
    expect(named.records).toHaveLength(1);
  });

  it("says so of one such row too", async () => {
    const { records, diagnostics } = await readAll("status,message\nfailed,Token expired\n,\n");
    expect(records).toHaveLength(1);
    expect(problems(diagnostics)).toEqual([
      {
        line: 3,
        code: "empty-rows-skipped",
        message: "the row on line 3 has no value in the columns read (status, message); it is skipped, not a record",
      },
    ]);
  });

  it("keeps line numbers across quoted line breaks, CRLF inside quotes and blank lines", async () => {
    const text = 'status,message\r\nerror,"first\r\nsecond"\r\n\r\nerror,"a\nb\nc"\r\nsuccess,\r\n';
    const { records } = await readAll(text);
    expect(records.map((record) => [record.line, record.message])).toEqual([
      [2, "first\r\nsecond"],
      [5, "a\nb\nc"],
      [8, undefined],
    ]);
  });

  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ])("reads %s line endings", async (_, eol) => {
    const text = ["status,message", "failed,one thing went wrong", "ok,", "failed,two things went wrong"].join(eol);
    const { records } = await readAll(text + eol);
    expect(records.map((record) => [record.line, record.status])).toEqual([
      [2, "error"],
      [3, "success"],
      [4, "error"],
    ]);
  });

  it("keeps the rows around a row with the wrong number of fields, and says so", async () => {
    const text = "status,course_id,message\nfailed,1,first\nfailed,2,broken, unquoted, commas\nfailed,3,third\n";
    const { records, diagnostics } = await readAll(text);
    expect(records.map((record) => [record.line, record.courseId])).toEqual([
      [2, "1"],
      [3, "2"],
      [4, "3"],
    ]);
    expect(problems(diagnostics)).toEqual([
      expect.objectContaining({
        line: 3,
        code: "malformed-row",
        message: expect.stringContaining("5 fields where the header has 3"),
      }),
    ]);
  });

  it("keeps the rows before an unclosed quote and reports where it opened", async () => {
    const text = 'status,message\nfailed,first\nfailed,second\nfailed,"never closed\n';
    const { records, diagnostics } = await readAll(text);
    expect(records.map((record) => record.message)).toEqual(["first", "second"]);
    expect(problems(diagnostics)).toEqual([expect.objectContaining({ line: 4, code: "malformed-row" })]);
  });

  it("reads a headerless CSV by content", async () => {
    const text =
      "2025-09-14T10:00:00Z,1,failed,The section could not be found in the SIS\n2025-09-14T10:00:01Z,2,ok,\n";
    const { records } = await readAll(text);
    expect(records).toEqual([
      {
        line: 1,
        timestamp: "2025-09-14T10:00:00Z",
        status: "error",
        message: "The section could not be found in the SIS",
      },
      { line: 2, timestamp: "2025-09-14T10:00:01Z", status: "success" },
    ]);
  });

  it('reads a first row whose status is "error" as data, though "error" also names a message column', async () => {
    const row = (at: number, status: string, message: string) =>
      `2025-09-14T10:00:0${at}Z,aspen,1001,Biology - P1,500${at},90001,José Núñez,${status},${message}`;
    const text = [
      row(1, "error", "given GradebookColumnType does not have a default GradeScale"),
      row(2, "success", ""),
      row(3, "error", "Category not found"),
    ].join("\n");
    const { records } = await readAll(`${text}\n`);
    expect(records.map((record) => [record.line, record.status, record.message])).toEqual([
      [1, "error", "given GradebookColumnType does not have a default GradeScale"],
      [2, "success", undefined],
      [3, "error", "Category not found"],
    ]);
  });

  it("still reads a header that names its columns, even beside one that reads like a sentence", async () => {
    const { records } = await readAll("Date,Status,Error,Canvas section long name\n2025-09-14,failed,Boom,S1\n");
    expect(records).toEqual([{ line: 2, timestamp: "2025-09-14", status: "error", message: "Boom" }]);
  });
});

describe("JSON", () => {
  it("reads a top-level array", async () => {
    const text = JSON.stringify([
      { courseId: "1", status: "failed", message: "Category not found" },
      { courseId: "2", status: "ok" },
    ]);
    const { records, info } = await readAll(text);
    expect(info?.shape).toBe("json");
    expect(records).toEqual([
      { line: 1, courseId: "1", status: "error", message: "Category not found" },
      { line: 1, courseId: "2", status: "success" },
    ]);
  });

  it("finds the record array inside a wrapping object and flattens nested keys", async () => {
    const { records, diagnostics } = await readAll(fixture("wrapped-nested.json"), { source: "w.json" });
    expect(problems(diagnostics)).toEqual([]);
    expect(records).toEqual([
      {
        line: 5,
        source: "w.json",
        courseId: "501",
        courseName: "Chemistry - P1",
        assignmentId: "9001",
        assignmentName: "Unit 1 Test",
        studentId: "7001",
        studentName: "Dee Park",
        level: "assignment",
        status: "error",
        message: "Assignment category not found",
        timestamp: "2025-09-14T14:00:00Z",
      },
      {
        line: 14,
        source: "w.json",
        courseId: "501",
        courseName: "Chemistry - P1",
        assignmentId: "9002",
        assignmentName: "Unit 2 Test",
        level: "submission",
        status: "success",
        timestamp: "2025-09-14T10:00:00Z",
      },
      {
        line: 21,
        source: "w.json",
        courseId: "502",
        courseName: "Physics - P2",
        status: "error",
        message: "User does not teach section 7",
        httpStatus: 403,
        timestamp: "2025-09-14T10:00:00.123Z",
      },
    ]);
  });

  it("keeps the records before a truncation and says where it broke", async () => {
    const text = '[\n{"status":"failed","message":"one"},\n{"status":"failed","message":"two"},\n{"status":"fai';
    const { records, diagnostics } = await readAll(text);
    expect(records.map((record) => [record.line, record.message])).toEqual([
      [2, "one"],
      [3, "two"],
    ]);
    expect(problems(diagnostics)).toEqual([expect.objectContaining({ line: 4, code: "malformed-json" })]);
  });

  it("reports an invalid element and keeps the others", async () => {
    const text = '[{"status":"failed","message":"one"},\n{"status": nope},\n{"status":"failed","message":"three"}]';
    const { records, diagnostics } = await readAll(text);
    expect(records.map((record) => record.message)).toEqual(["one", "three"]);
    expect(problems(diagnostics)).toEqual([expect.objectContaining({ line: 2, code: "malformed-json" })]);
  });

  it("skips a broken record and reads the ones after it, wherever the break leaves the quotes", async () => {
    const record = (n: number) => `{"status":"failed","message":"m${n}","parts":[{"n":${n}},{"n":0}]}`;
    const cases = {
      // Cut inside a string, the next record's `},{` swallowed by it: that record starts inside the string.
      "cut on one line": `[${record(1)},${record(2)},{"status":"failed","mess},${record(3)},${record(4)}]`,
      "cut at a line's end": `[${record(1)},\n${record(2)},\n{"status":"failed","mess\n${record(3)},\n${record(4)}]`,
      "a string closed only later": `[${record(1)},\n${record(2)},\n{"status":"failed,"message":"x"},\n${record(3)},\n${record(4)}]`,
      "a quote inside a string": `[${record(1)},\n${record(2)},\n{"status":"failed","message":"O"Brien"},\n${record(3)},\n${record(4)}]`,
      "pretty-printed": JSON.stringify(
        [1, 2, 0, 3, 4].map((n) => (n === 0 ? { status: "failed", message: "CUT" } : JSON.parse(record(n)))),
        null,
        2,
      ).replace('"CUT"', '"cut'),
    };
    for (const [name, text] of Object.entries(cases)) {
      const { records, diagnostics } = await readAll(text);
      expect(
        records.map((record) => record.message),
        name,
      ).toEqual(["m1", "m2", "m3", "m4"]);
      const brokenLine = text.slice(0, text.search(/"mess\b|"failed,|O"Brien|"cut/)).split("\n").length;
      expect(problems(diagnostics), name).toEqual([
        expect.objectContaining({ code: "malformed-json", line: text.includes("\n  {") ? brokenLine - 2 : brokenLine }),
      ]);
      expect(problems(diagnostics)[0]?.message, name).toMatch(/skipped, and the records after it are read$/);
    }
  });

  it("skips a broken last record and says nothing of an array never closed", async () => {
    const text = '[{"status":"failed","message":"one"},\n{"status":"failed","message":"tw\n]\n';
    const { records, diagnostics } = await readAll(text);
    expect(records.map((record) => record.message)).toEqual(["one"]);
    expect(problems(diagnostics)).toEqual([expect.objectContaining({ line: 2, code: "malformed-json" })]);
  });

  it("does not overflow the stack on deeply nested JSON", async () => {
    const depth = 200_000;
    const deep = `${"[".repeat(depth)}${"]".repeat(depth)}`;
    const text = `{"meta":${deep},"data":[{"status":"failed","message":"deep","x":${deep}}]}`;
    const { records } = await readAll(text);
    expect(records).toEqual([{ line: 1, status: "error", message: "deep" }]);
  });

  it("reads a lone object as one record", async () => {
    const { records } = await readAll('{\n  "status": "failed",\n  "message": "Token expired"\n}\n');
    expect(records).toEqual([{ line: 1, status: "error", message: "Token expired" }]);
  });

  it("reads an array of messages", async () => {
    const { records } = await readAll('["Token expired", "Section not found"]');
    expect(records.map((record) => [record.status, record.message])).toEqual([
      ["error", "Token expired"],
      ["error", "Section not found"],
    ]);
  });
});

describe("NDJSON", () => {
  it("keeps the lines around a broken one", async () => {
    const text =
      '{"status":"failed","message":"one"}\n{"status":"failed",\n\n{"status":"ok"}\r\n{"status":"failed","message":"four"}';
    const { records, diagnostics, info } = await readAll(text);
    expect(info?.shape).toBe("ndjson");
    expect(records.map((record) => [record.line, record.status])).toEqual([
      [1, "error"],
      [4, "success"],
      [5, "error"],
    ]);
    expect(problems(diagnostics)).toEqual([expect.objectContaining({ line: 2, code: "malformed-json" })]);
  });
});

describe("JSON and NDJSON records with no key that says their outcome", () => {
  const ids = (n: number) => ({ course_id: "4411", assignment_id: `9${n}`, user: { id: `7${n}` } });

  it.each([
    ["an NDJSON log", [1, 2, 3].map((n) => JSON.stringify(ids(n))).join("\n"), 1],
    ["a JSON array", `{"data":\n[\n${[1, 2].map((n) => JSON.stringify(ids(n))).join(",\n")}\n]}`, 3],
  ])("are refused in %s, naming the keys that arrived and the first record's line", async (_, text, line) => {
    const error = await readAll(text, { source: "ids.log" }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toMatchObject({
      code: "no-outcome-column",
      line,
      message: expect.stringMatching(
        /^ids\.log: expected a key that says whether each row failed: .*but its records have only the keys course_id, assignment_id, user\.id, so no row/,
      ),
    });
  });

  it("are read when only some records lack a message, even when the first ones all do", async () => {
    // More successes than the mapping sample holds before the first record that has a message.
    const successes = Array.from({ length: 100 }, (_, n) => JSON.stringify(ids(n)));
    const text = [...successes, JSON.stringify({ ...ids(100), message: "Student not enrolled" })].join("\n");
    const { records } = await readAll(text);
    expect(records).toHaveLength(101);
    expect(records.at(-1)).toMatchObject({ status: "error", message: "Student not enrolled" });
  });
});

describe("text logs", () => {
  it("reads bracketed timestamps and levels, quoted values, bare lines and embedded responses", async () => {
    const { records, diagnostics, info } = await readAll(fixture("service.log"));
    expect(info?.shape).toBe("text");
    expect(problems(diagnostics)).toEqual([]);
    expect(records).toEqual([
      {
        line: 1,
        timestamp: "2025-09-14T10:00:00Z",
        courseId: "42",
        status: "info",
        message: "grade-sync: sync started",
      },
      {
        line: 2,
        timestamp: "2025-09-14T10:00:05Z",
        courseId: "42",
        assignmentName: "Unit 3 Quiz",
        studentId: "99",
        httpStatus: 500,
        status: "error",
        message: "Internal Server Error",
      },
      { line: 3, timestamp: "2025-09-14T10:00:06Z", courseId: "42", status: "warning", message: "partial sync for" },
      {
        line: 4,
        status: "error",
        message: "Student.id [98659] does not have an AssignmentStudentAssociation for AssignmentSection 277753",
      },
      {
        line: 5,
        timestamp: "2025-09-14T10:00:09Z",
        status: "error",
        message: '{"statusInfoSet":[{"imsx_codeMajor":"failure","imsx_severity":"error"}]}',
      },
    ]);
  });

  it("reads bracketed fields after a tag, a name key's digits as the id, and INFO lines that say a grade went through as successes", async () => {
    const log = [
      "2025-09-14 10:00:00 ERROR [GradeSync] [course:4411] [assignment:8812] [user:12345] Could not post grade",
      "2025-09-14 11:00:00 INFO [GradeSync] [course:4411] [assignment:8812] [user:12345] grade posted",
      "2025-09-14 11:05:00 INFO [GradeSync] [course:Biology - P1] [assignment: Unit 3 Quiz] Grade passback succeeded",
      "2025-09-14 11:06:00 INFO [GradeSync] [course:4411] grade not posted, retrying",
      "2025-09-14 11:07:00 INFO [GradeSync] [note: keep this] sync started",
    ].join("\n");
    const { records } = await readAll(log);
    expect(records).toEqual([
      {
        line: 1,
        timestamp: "2025-09-14T10:00:00Z",
        courseId: "4411",
        assignmentId: "8812",
        studentId: "12345",
        status: "error",
        message: "[GradeSync] Could not post grade",
      },
      {
        line: 2,
        timestamp: "2025-09-14T11:00:00Z",
        courseId: "4411",
        assignmentId: "8812",
        studentId: "12345",
        status: "success",
        message: "[GradeSync] grade posted",
      },
      {
        line: 3,
        timestamp: "2025-09-14T11:05:00Z",
        courseName: "Biology - P1",
        assignmentName: "Unit 3 Quiz",
        status: "success",
        message: "[GradeSync] Grade passback succeeded",
      },
      {
        line: 4,
        timestamp: "2025-09-14T11:06:00Z",
        courseId: "4411",
        status: "info",
        message: "[GradeSync] grade not posted, retrying",
      },
      {
        line: 5,
        timestamp: "2025-09-14T11:07:00Z",
        status: "info",
        message: "[GradeSync] [note: keep this] sync started",
      },
    ]);
  });

  it("reads a log4j or Python log, whose comma before the milliseconds splits every line in two, as a text log", async () => {
    const log = [
      "2025-09-14 10:00:00,123 ERROR [GradeSync] [course:4411] [user:12345] Could not post grade: section locked",
      "2025-09-14 10:05:00,456 INFO [GradeSync] [course:4411] [user:12345] grade posted",
      "2025-09-14 10:06:00,789 WARNING [GradeSync] [course:4412] retrying in 5 minutes",
    ].join("\n");
    const { records, info } = await readAll(log);
    expect(info?.shape).toBe("text");
    expect(records.map((r) => [r.timestamp, r.courseId, r.status, r.message])).toEqual([
      ["2025-09-14T10:00:00.123Z", "4411", "error", "[GradeSync] Could not post grade: section locked"],
      ["2025-09-14T10:05:00.456Z", "4411", "success", "[GradeSync] grade posted"],
      ["2025-09-14T10:06:00.789Z", "4412", "warning", "[GradeSync] retrying in 5 minutes"],
    ]);
    // A headerless CSV whose first cells are a timestamp and a level is still a CSV.
    const csv = "2025-09-14 10:00:00,ERROR,4411,8812,Could not post grade\n2025-09-14 10:05:00,INFO,4411,8812,ok\n";
    expect((await readAll(csv)).info?.shape).toBe("csv");
  });

  it("reads a single bare error line with commas as the message", async () => {
    const line = 'Error posting grade (HTTP 403): {"message":"User does not teach section 7"}, retrying later';
    const { records, info } = await readAll(line);
    expect(info?.shape).toBe("text");
    expect(records).toEqual([{ line: 1, status: "error", httpStatus: 403, message: "User does not teach section 7" }]);
  });

  it("reads day-first line timestamps as the first lines show, and counts a later month-first one", async () => {
    const text = [
      "14/09/2025 10:00:00 ERROR course_id=4411 Could not post grade",
      "15/09/2025 10:00:00 ERROR course_id=4411 Could not post grade",
      "[03/10/2025 11:00:00] INFO course_id=4411 status=success",
      "03/10/2025 12:00 ERROR course_id=4411 Could not post grade",
      "10/16/2025 09:00:00 ERROR course_id=4411 Could not post grade",
    ].join("\n");
    const { records, diagnostics } = await readAll(text);
    expect(records.map(({ timestamp, status, message }) => [timestamp, status, message])).toEqual([
      ["2025-09-14T10:00:00Z", "error", "Could not post grade"],
      ["2025-09-15T10:00:00Z", "error", "Could not post grade"],
      ["2025-10-03T11:00:00Z", "success", undefined],
      ["2025-10-03T12:00:00Z", "error", "Could not post grade"],
      ["2025-10-16T09:00:00Z", "error", "Could not post grade"],
    ]);
    expect(problems(diagnostics)).toEqual([
      expect.objectContaining({
        code: "date-order-contradicted",
        line: 5,
        message: expect.stringMatching(
          // A text log has no column: "timestamp at the start of each line" was quoted as one, with its "rows".
          /^the timestamps that start the lines were read day first \(dd\/mm\/yyyy\), as the first lines show, but 1 date from line 5 on read only month first \(mm\/dd\/yyyy\) and was read so; the lines mix both orders, so their dates that read either way \(such as 03\/09\/2025\) may be wrong$/,
        ),
      }),
    ]);
  });

  // They were read month first whatever the log showed: 03/09/2025 was 9 March beside day-first line timestamps.
  it("reads the dates of key=value and [key:value] pairs in the order the log's dates show", async () => {
    const byLines = [
      "14/09/2025 10:00:00 ERROR course_id=4411 synced_at=03/09/2025 Could not post grade",
      "15/09/2025 10:00:00 ERROR course_id=4411 [due:04/10/2025] Could not post grade",
      'ERROR course_id=4411 timestamp="03/10/2025 12:00" Could not post grade',
    ].join("\n");
    const lines = await readAll(byLines);
    expect(lines.records.map(({ timestamp, dueDate }) => [timestamp, dueDate])).toEqual([
      ["2025-09-03", undefined],
      ["2025-09-15T10:00:00Z", "2025-10-04"],
      ["2025-10-03T12:00:00Z", undefined],
    ]);
    expect(problems(lines.diagnostics)).toEqual([]);

    const byKey = [
      "ERROR course_id=4411 timestamp=14/09/2025 failed",
      "ERROR course_id=4411 timestamp=03/10/2025 failed",
    ];
    const keys = await readAll(byKey.join("\n"));
    expect(keys.records.map(({ timestamp }) => timestamp)).toEqual(["2025-09-14", "2025-10-03"]);
    expect(problems(keys.diagnostics)).toEqual([]);
  });

  // A JSON key and a text log's key=value pair were called "the column" whose "first rows" decided the order.
  it("names a key, not a column, when a later date of a JSON or text log's key contradicts its order", async () => {
    const dates = ["14/09/2025", "15/09/2025", "13/09/2025", "09/16/2025"];
    const ndjson = dates.map(
      (date) => `{"course_id":"4411","status":"failed","message":"Could not post grade","synced_at":"${date}"}`,
    );
    const text = dates.map((date) => `ERROR course_id=4411 synced_at=${date} failed`);
    for (const log of [ndjson, text]) {
      const { records, diagnostics } = await readAll(log.join("\n"));
      expect(records.map(({ timestamp }) => timestamp)).toEqual([
        "2025-09-14",
        "2025-09-15",
        "2025-09-13",
        "2025-09-16",
      ]);
      expect(problems(diagnostics)).toEqual([
        expect.objectContaining({
          code: "date-order-contradicted",
          line: 4,
          message:
            'the key "synced_at" was read day first (dd/mm/yyyy), as its first values show, but 1 date from line 4 ' +
            "on read only month first (mm/dd/yyyy) and was read so; its values mix both orders, so its dates that " +
            "read either way (such as 03/09/2025) may be wrong",
        }),
      ]);
    }
  });

  it("counts a bare line with no level a success only when it clearly says a grade went through", async () => {
    const lines = [
      "Grade passback succeeded",
      "Grades posted to SIS for course 4411",
      "2025-09-14T10:00:00Z course_id=4411 Grades synced successfully",
      "Grade not posted: section locked",
      "Could not post grade",
      'Improper status "completed" for section S001 in course C001',
      "Grade posted to a closed grading period",
      "Sync run 42 finished",
    ];
    const { records } = await readAll(lines.join("\n"));
    expect(records.map((record) => [record.message, record.status])).toEqual([
      ["Grade passback succeeded", "success"],
      ["Grades posted to SIS for course 4411", "success"],
      ["Grades synced successfully", "success"],
      ["Grade not posted: section locked", "error"],
      ["Could not post grade", "error"],
      ['Improper status "completed" for section S001 in course C001', "error"],
      ["Grade posted to a closed grading period", "error"],
      ["Sync run 42 finished", "error"],
    ]);
  });

  it("keeps reading month-first line timestamps month first", async () => {
    const text = "09/14/2025 10:00:00 ERROR Could not post grade\n03/10/2025 11:00:00 ERROR Could not post grade\n";
    const { records, diagnostics } = await readAll(text);
    expect(records.map((record) => record.timestamp)).toEqual(["2025-09-14T10:00:00Z", "2025-03-10T11:00:00Z"]);
    expect(problems(diagnostics)).toEqual([]);
  });
});

describe("more CSV vocabularies", () => {
  it("reads a one-column export under a known header", async () => {
    const { records, info } = await readAll("Error Message\nToken expired\nSection not found\n");
    expect(info?.shape).toBe("csv");
    expect(records).toEqual([
      { line: 2, status: "error", message: "Token expired" },
      { line: 3, status: "error", message: "Section not found" },
    ]);
  });

  it("skips a title above the header (a report name, an export date, a blank line) and keeps the line numbers", async () => {
    const text =
      "Grade Sync Report, exported 30.11.2026\nDistrict: North\n\nCourse ID;Assignment ID;Status;Error Message;Timestamp\n" +
      "4411;99812;Error;given GradebookColumnType does not have a default GradeScale;30.11.2026 14:02\n" +
      "4411;99812;Success;;30.11.2026 14:05\n";
    const { records, info, diagnostics } = await readAll(text);
    expect(info).toMatchObject({ shape: "csv", delimiter: ";" });
    expect(records).toEqual([
      {
        line: 5,
        courseId: "4411",
        assignmentId: "99812",
        status: "error",
        message: "given GradebookColumnType does not have a default GradeScale",
        timestamp: "2026-11-30T14:02:00Z",
      },
      { line: 6, courseId: "4411", assignmentId: "99812", status: "success", timestamp: "2026-11-30T14:05:00Z" },
    ]);
    expect(diagnostics.map((d) => d.message)).toContainEqual(
      "2 title lines above the header on line 4 skipped: a title, not rows",
    );
  });

  it("reads a text log whose first line has no delimiter as a text log, without a header of known names", async () => {
    const text = "Sync started\nERROR posting 12, retry 1, later\nERROR posting 13, retry 2, later\n";
    const { info, records } = await readAll(text);
    expect(info?.shape).toBe("text");
    expect(records).toHaveLength(3);
  });

  it("reads log levels in a level column as the status", async () => {
    const text =
      "time,level,msg\n2025-09-14 10:00:00,ERROR,Could not post the score\n2025-09-14 10:00:01,INFO,Sync done\n";
    const { records } = await readAll(text);
    expect(records).toEqual([
      { line: 2, timestamp: "2025-09-14T10:00:00Z", status: "error", message: "Could not post the score" },
      { line: 3, timestamp: "2025-09-14T10:00:01Z", status: "info", message: "Sync done" },
    ]);
  });
});

describe("finding the record array", () => {
  it("skips an earlier array of objects that holds no known field", async () => {
    const text = JSON.stringify({
      meta: { links: [{ rel: "next", href: "x" }] },
      results: [{ status: "failed", message: "Token expired" }],
    });
    const { records } = await readAll(text);
    expect(records).toEqual([{ line: 1, status: "error", message: "Token expired" }]);
  });
});
