import { EXIT_CODES, exitCodeFor } from "@sis/core";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { analyzeFiles, csv, findingsOf } from "./support.js";

const USERS = csv(
  ["user_id", "login_id", "full_name", "email", "status"],
  ["1001", "ava", "Ava Lind", "ava@example.org", "active"],
  ["1002", "noah", "Noah Brenn", "noah@example.org", "active"],
);
const COURSES = csv(
  ["course_id", "short_name", "long_name", "term_id", "status"],
  ["BIO", "BIO", "Biology", "FA", "active"],
);
const TERMS = csv(["term_id", "name", "status"], ["FA", "Fall", "active"]);
const SECTIONS = csv(
  ["section_id", "course_id", "name", "status"],
  ["BIO-1", "BIO", "P1", "active"],
  ["BIO-2", "BIO", "P2", "active"],
);

describe("the offline checks of an import's CSVs", () => {
  it("decide a file's kind from its header, and say which column makes a courses file terms", async () => {
    const report = await analyzeFiles({
      "courses.csv": csv(
        ["course_id", "short_name", "long_name", "name", "term_id", "status"],
        ["BIO", "B", "Bio", "x", "FA", "active"],
      ),
      "enrollments.csv": csv(
        ["course_id", "user_id", "login_id", "role", "status"],
        ["BIO", "1001", "ava", "student", "active"],
      ),
    });
    const files = report.provisioning?.imports[0]?.files ?? [];
    expect(files.map((file) => [file.name, file.type, file.readAs])).toEqual([
      ["courses.csv", "term", { meant: "course", column: "name" }],
      ["enrollments.csv", "user", { meant: "enrollment", column: "login_id" }],
    ]);
    const silent = findingsOf(report).get("courses.csv|read-as-other-type");
    expect(silent?.captures).toEqual({ column: "name", readAs: "terms.csv", meant: "courses.csv" });
  });

  it("say which columns Canvas will not read: spaces around a name, a misspelling, a name twice", async () => {
    const report = await analyzeFiles({
      "users.csv": "user_id, login_id,statis,full_name,full_name\n1001,ava,active,Ava,A\n",
    });
    const found = findingsOf(report);
    expect(found.get("users.csv|column-name-spaces")?.captures).toEqual({ column: "login_id" });
    expect(found.get("users.csv|misspelt-column")?.captures).toEqual({ column: "statis", known: "status" });
    expect(found.get("users.csv|duplicate-column")?.captures).toEqual({ column: "full_name" });
    // The column with spaces is never found when rows are read: every row lacks its login.
    expect(found.get("users.csv|no-login-id")?.rows).toEqual([2]);
  });

  it("predict a NUL in a users.csv field", async () => {
    const report = await analyzeFiles({ "users.csv": "user_id,login_id,status\n1001,a\u0000b,active\n" });
    expect(findingsOf(report).get("users.csv|null-character")?.rows).toEqual([2]);
  });

  it("predict missing values and statuses with Canvas's row numbers (header 1, blank lines not counted)", async () => {
    const report = await analyzeFiles({
      "users.csv": `user_id,login_id,status\n\n1001,,active\n1002,noah,\n1003,mia,enroled\n,x,active\n`,
    });
    const found = findingsOf(report);
    expect(found.get("users.csv|no-login-id")?.rows).toEqual([2]);
    expect(found.get("users.csv|no-status-user")?.rows).toEqual([3]);
    expect(found.get("users.csv|improper-status-user")?.captures).toEqual({ userId: "1003" });
    expect(found.get("users.csv|no-user-id")?.rows).toEqual([5]);
  });

  it("resolve references across files in any order: users, sections and courses an enrollment names", async () => {
    const enrollments = csv(
      ["course_id", "section_id", "user_id", "role", "status"],
      ["BIO", "BIO-1", "1001", "student", "active"],
      ["BIO", "BIO-1", "1099", "student", "active"],
      ["BIO", "BIO-9", "1002", "student", "active"],
      ["CHEM", "", "1002", "student", "active"],
      ["BIO", "BIO-1", "1002", "Techer", "active"],
    );
    const report = await analyzeFiles({
      "enrollments.csv": enrollments,
      "users.csv": USERS,
      "sections.csv": SECTIONS,
      "courses.csv": COURSES,
      "terms.csv": TERMS,
    });
    const found = findingsOf(report);
    expect(found.get("enrollments.csv|user-not-found-for-enrollment")).toMatchObject({
      rows: [3],
      certainty: "possible",
      captures: { userId: "1099", courseId: "BIO", sectionId: "BIO-1" },
    });
    expect(found.get("enrollments.csv|nonexistent-section")?.captures).toEqual({ sectionId: "BIO-9" });
    expect(found.get("enrollments.csv|neither-course-nor-section")?.rows).toEqual([5]);
    expect(found.get("enrollments.csv|improper-role")?.captures).toEqual({ role: "Techer" });
  });

  it("say when a course's term is not in the import (Canvas ignores it silently) and a section's course is missing", async () => {
    const report = await analyzeFiles({
      "courses.csv": csv(
        ["course_id", "short_name", "long_name", "term_id", "status"],
        ["BIO", "B", "Bio", "FAL", "active"],
      ),
      "terms.csv": TERMS,
      "sections.csv": csv(["section_id", "course_id", "name", "status"], ["S1", "CHEM", "P1", "active"]),
    });
    const found = findingsOf(report);
    expect(found.get("courses.csv|unknown-term")?.captures).toEqual({ termId: "FAL", courseId: "BIO" });
    expect(found.get("sections.csv|section-course-missing")?.captures).toEqual({ sectionId: "S1", courseId: "CHEM" });
  });

  it("read slash dates day first: a month over 12 is a bad date, 03/04 silently 3 April", async () => {
    const report = await analyzeFiles({
      "terms.csv": csv(
        ["term_id", "name", "status", "start_date", "end_date"],
        ["FA", "Fall", "active", "01/31/2025", ""],
        ["SP", "Spring", "active", "03/04/2025", "2025-06-30"],
      ),
    });
    const found = findingsOf(report);
    expect(found.get("terms.csv|bad-date-term")).toMatchObject({ rows: [2], captures: { termId: "FA" } });
    expect(found.get("terms.csv|slash-date-day-first")?.captures).toEqual({
      value: "03/04/2025",
      readAs: "3 April 2025",
    });
  });

  it("find a login claimed twice, ids that differ only by leading zeros, and a user in two sections", async () => {
    const report = await analyzeFiles({
      "users.csv": csv(
        ["user_id", "login_id", "status"],
        ["01007", "lp", "active"],
        ["1008", "LP", "active"],
        ["1009", "rs", "active"],
      ),
      "enrollments.csv": csv(
        ["course_id", "section_id", "user_id", "role", "status"],
        ["BIO", "BIO-1", "1007", "student", "active"],
        ["BIO", "BIO-1", "1009", "student", "active"],
        ["BIO", "BIO-2", "1009", "student", "active"],
        ["BIO", "BIO-2", "1009", "student", "active"],
      ),
      "sections.csv": SECTIONS,
    });
    const found = findingsOf(report);
    expect(found.get("users.csv|login-claimed-sis-id")?.captures).toEqual({ existingId: "01007", userId: "1008" });
    expect(found.get("enrollments.csv|near-duplicate-id")?.captures).toEqual({ id: "1007", other: "01007" });
    expect(found.get("enrollments.csv|two-sections-one-course")?.captures).toEqual({
      userId: "1009",
      courseId: "BIO",
      sections: "BIO-1 and BIO-2",
    });
    expect(found.get("enrollments.csv|duplicate-enrollment")?.rows).toEqual([5]);
  });

  it("count a login claimed twice once when an import's JSON lists Canvas's message (no row) and the CSV predicts it", async () => {
    const listed = {
      id: 12,
      workflow_state: "imported_with_messages",
      data: { supplied_batches: ["user"], counts: { users: 1, warning_count: 1 } },
      processing_warnings: [
        [
          "users.csv",
          "An existing Canvas user with the SIS ID 1004 has already claimed 1044's user_id requested login information, skipping",
        ],
      ],
    };
    const report = await analyzeFiles({
      "import.json": JSON.stringify(listed),
      "users.csv": csv(["user_id", "login_id", "status"], ["1004", "jkim", "active"], ["1044", "jkim", "active"]),
    });
    const finding = findingsOf(report).get("users.csv|login-claimed-sis-id");
    // The message names the holder first; it is about 1044, whose row the prediction was made from.
    expect([finding?.count, finding?.reported, finding?.predicted, finding?.confirmed]).toEqual([1, 1, 1, 1]);
  });

  it("say when a spreadsheet turned an id into a rounded number (1.23457E+11), once per id", async () => {
    const report = await analyzeFiles({
      "users.csv": csv(
        ["user_id", "login_id", "full_name", "status"],
        ["1.23457E+11", "ana", "Ana Ruiz", "active"],
        ["123456789012", "bo", "Bo Li", "active"],
        ["1E+3", "cy", "Cy Wu", "active"],
      ),
      "sections.csv": csv(["section_id", "course_id", "name", "status"], ["4.5E+10", "BIO", "Bio 1", "active"]),
      "more_users.csv": csv(["user_id", "login_id", "full_name", "status"], ["1.23457E+11", "ana2", "Ana R", "active"]),
    });
    const found = findingsOf(report);
    expect(found.get("users.csv|spreadsheet-number-id")?.rows).toEqual([2, 4]);
    expect(found.get("sections.csv|spreadsheet-number-id")?.rows).toEqual([2]);
    // Defined first in users.csv: the same id in another file is not a second finding.
    expect(found.has("more_users.csv|spreadsheet-number-id")).toBe(false);
  });

  it("count a whole file Canvas reports lost once when the CSV read predicts it too", async () => {
    const listed = {
      id: 13,
      workflow_state: "failed_with_messages",
      data: { supplied_batches: ["section"], counts: { sections: 0, error_count: 1 } },
      processing_errors: [["sections.csv", "Malformed CSV"]],
    };
    const report = await analyzeFiles({
      "import.json": JSON.stringify(listed),
      "sections.csv": 'section_id,course_id,name,status\nS1,BIO,Robert "Bob" Smith,active\n',
    });
    const finding = findingsOf(report).get("sections.csv|malformed-csv");
    // Canvas's message names no row: it is about the file, which the prediction is about too.
    expect([finding?.count, finding?.reported, finding?.predicted, finding?.confirmed]).toEqual([1, 1, 1, 1]);
    expect(finding?.origin).toBe("both");
  });

  it("predict a whole file lost: not UTF-8 (with the line), broken quoting", async () => {
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode("user_id,login_id,full_name,status\n1001,jose,Jos"),
      0xe9,
      ...new TextEncoder().encode(",active\n"),
    ]);
    const report = await analyzeFiles({
      "users.csv": latin1,
      "sections.csv": 'section_id,course_id,name,status\nS1,BIO,Robert "Bob" Smith,active\n',
    });
    const files = new Map((report.provisioning?.imports[0]?.files ?? []).map((file) => [file.name, file]));
    expect(files.get("users.csv")?.lost).toEqual({ reason: "invalid-utf8", line: 2, byte: 47, detail: "single-byte" });
    expect(files.get("sections.csv")?.lost).toMatchObject({
      reason: "malformed-csv",
      line: 2,
      detail: "illegal-quoting",
    });
    const found = findingsOf(report);
    expect(found.get("users.csv|invalid-utf8")?.failure).toBe(true);
    expect(found.get("sections.csv|malformed-csv")?.failure).toBe(true);
    // A file Canvas skips defines nothing, and its rows are not checked.
    expect([...found.keys()].filter((key) => key.startsWith("users.csv|"))).toEqual(["users.csv|invalid-utf8"]);
  });

  it("cascade a whole users.csv Canvas skips to the enrollments of its users, as a skipped row would", async () => {
    const windows1252 = new Uint8Array([
      ...new TextEncoder().encode("user_id,login_id,full_name,status\n1001,jose,Jos"),
      0xe9,
      ...new TextEncoder().encode(",active\n1002,noah,Noah Brenn,active\n"),
    ]);
    const enrollments = csv(
      ["course_id", "user_id", "role", "status"],
      ["BIO", "1001", "student", "active"],
      ["BIO", "1002", "student", "active"],
    );
    const alone = await analyzeFiles({ "users.csv": windows1252, "enrollments.csv": enrollments });
    const notFound = findingsOf(alone).get("enrollments.csv|user-not-found-for-enrollment");
    expect(notFound?.rows).toEqual([2, 3]);
    // Possible, as for a skipped row: Canvas may have the users from an earlier import.
    expect(notFound?.certainty).toBe("possible");
    // A user another file of the run makes, which Canvas reads, is found.
    const more = csv(["user_id", "login_id", "full_name", "status"], ["1002", "noah", "Noah Brenn", "active"]);
    const withMore = await analyzeFiles({
      "users.csv": windows1252,
      "more_users.csv": more,
      "enrollments.csv": enrollments,
    });
    expect(findingsOf(withMore).get("enrollments.csv|user-not-found-for-enrollment")?.rows).toEqual([2]);
  });

  it("cascade a malformed users.csv to its users' enrollments, though it is the run's only users file", async () => {
    const report = await analyzeFiles({
      "users.csv": 'user_id,login_id,full_name,status\n1001,ava,Ava "The" Lind,active\n',
      "enrollments.csv": csv(["course_id", "user_id", "role", "status"], ["BIO", "1001", "student", "active"]),
    });
    expect(findingsOf(report).get("enrollments.csv|user-not-found-for-enrollment")?.rows).toEqual([2]);
  });

  it("a loose file no kind matches stays a log; in a folder of import files it is still a log", async () => {
    const report = await analyzeFiles({
      "users.csv": USERS,
      "export.csv": "course_id,user_id,status,message\nBIO,1001,failed,Student does not belong\n",
    });
    expect(report.summary.records).toBe(1);
    expect(report.inputs.map((input) => input.shape)).toEqual(["sis-import-csv", "csv"]);
  });

  it("read a loose CSV whose header names SIS import columns as an import file, as in a zip: semicolons, no user_id", async () => {
    const semicolons = "course_id;section_id;user_id;role;status\nBIO;BIO-1;1001;student;active\n";
    const noUserId = csv(["course_id", "section_id", "role", "status"], ["BIO", "BIO-1", "student", "active"]);
    for (const text of [semicolons, noUserId]) {
      const loose = await analyzeFiles({ "enrollments.csv": text });
      const zipped = await analyzeFiles({ "upload.zip": zipSync({ "enrollments.csv": strToU8(text) }) });
      expect(loose.inputs.map((input) => input.shape)).toEqual(["sis-import-csv"]);
      const file = loose.provisioning?.imports[0]?.files[0];
      expect(file?.lost).toEqual({ reason: "no-headers", line: 1, byte: null, detail: "no-signature" });
      expect(findingsOf(loose).get("enrollments.csv|no-headers")?.failure).toBe(true);
      expect(zipped.provisioning?.imports[0]?.files[0]?.lost).toEqual(file?.lost);
      expect(exitCodeFor(loose, "error")).toBe(EXIT_CODES.findings);
    }
  });

  it("say the header was saved with semicolons or tabs, loose or zipped, when that delimiter names a kind", async () => {
    const semicolons = "course_id;section_id;user_id;role;status\nBIO;BIO-1;1001;student;active\n";
    const tabs = "user_id\tlogin_id\tfull_name\tstatus\n1001\tava\tAva Lind\tactive\n";
    for (const [text, hint] of [
      [semicolons, "semicolon-delimiter"],
      [tabs, "tab-delimiter"],
    ] as const) {
      const loose = await analyzeFiles({ "import.csv": text });
      const zipped = await analyzeFiles({ "upload.zip": zipSync({ "import.csv": strToU8(text) }) });
      expect(findingsOf(loose).get("import.csv|no-headers")?.hints).toEqual([hint]);
      expect(findingsOf(zipped).get("import.csv|no-headers")?.hints).toEqual([hint]);
    }
    // A header no delimiter makes a kind of has no hint: the delimiter is not what is wrong.
    const unknown = await analyzeFiles({ "upload.zip": zipSync({ "x.csv": strToU8("alpha;beta;gamma\n1;2;3\n") }) });
    expect(findingsOf(unknown).get("x.csv|no-headers")?.hints).toBeUndefined();
  });

  it("read a users file saved with semicolons or tabs as one, though each of its columns is a log's too", async () => {
    // user_id, login_id and status all name a log's fields, and a European Excel saves "CSV" with semicolons.
    for (const [text, hint] of [
      ["user_id;login_id;status\n1001;ava;active\n", "semicolon-delimiter"],
      ["user_id\tlogin_id\tstatus\n1001\tava\tactive\n", "tab-delimiter"],
    ] as const) {
      const report = await analyzeFiles({ "users.csv": text });
      expect(report.inputs.map((input) => input.shape)).toEqual(["sis-import-csv"]);
      expect(findingsOf(report).get("users.csv|no-headers")?.hints).toEqual([hint]);
      expect(exitCodeFor(report, "error")).toBe(EXIT_CODES.findings);
    }
  });

  it("read an import file under Excel's sep= line as one, which Canvas skips as it takes that line for the header", async () => {
    // Excel writes "sep=;" above the header to say how the file is separated; Canvas reads it as the header row.
    for (const [text, hints] of [
      ["sep=;\nuser_id;login_id;status\n1001;ava;active\n", ["excel-sep-line", "semicolon-delimiter"]],
      ["sep=,\r\nuser_id,login_id,status\r\n1001,ava,active\r\n", ["excel-sep-line"]],
      [
        "SEP=\t\ncourse_id\tshort_name\tlong_name\tstatus\nBIO\tBIO\tBiology\tactive\n",
        ["excel-sep-line", "tab-delimiter"],
      ],
    ] as const) {
      const report = await analyzeFiles({ "users.csv": text });
      expect(report.inputs.map((input) => input.shape)).toEqual(["sis-import-csv"]);
      expect(findingsOf(report).get("users.csv|no-headers")?.hints).toEqual(hints);
      expect(exitCodeFor(report, "error")).toBe(EXIT_CODES.findings);
    }
    // A log under the line stays a log, read with the delimiter the line names.
    const log = await analyzeFiles({
      "sync.csv": "sep=;\ncourse_id;user_id;status;message\nBIO;1001;failed;Student does not belong, see section 2\n",
    });
    expect(log.inputs.map((input) => [input.shape, input.records])).toEqual([["csv", 1]]);
    expect(log.summary.errors).toBe(1);
  });

  it("keep a log with SIS-looking columns a log, whatever its delimiter", async () => {
    const report = await analyzeFiles({
      "users.csv": USERS,
      "export.csv": "course_id;user_id;status;error\nBIO;1001;failed;Student does not belong\n",
      "sync.csv": "course_id,section_id,status,timestamp\nBIO,BIO-1,failed,2025-10-01T10:00:00Z\n",
      // An enrollments header to Canvas, but a log that names a course and says no more than failed is still a log.
      "semicolons.csv": "course_id;user_id;status\nBIO;1001;failed\n",
      // Enrollments headers to Canvas too, but a timestamp, an assignment or an HTTP status is only a log's.
      "timed.csv": "timestamp,course_id,user_id,status\n2025-10-01T10:00:00Z,BIO,1001,failed\n",
      "requests.csv": "course_id,assignment_id,user_id,http_status\nBIO,55,1001,409\n",
    });
    expect(report.inputs.map((input) => input.shape)).toEqual(["sis-import-csv", "csv", "csv", "csv", "csv", "csv"]);
    expect(report.summary.errors).toBe(5);
  });

  it("estimate what batch mode would delete against change_threshold, from the previous import of the term", async () => {
    const imports = {
      sis_imports: [
        {
          id: 2,
          created_at: "2025-10-02T00:00:00Z",
          workflow_state: "created",
          batch_mode: true,
          batch_mode_term_id: "FA",
          change_threshold: 10,
          csv_attachments: [{ display_name: "enrollments.csv" }],
        },
        {
          id: 1,
          created_at: "2025-10-01T00:00:00Z",
          workflow_state: "imported",
          batch_mode: true,
          batch_mode_term_id: "FA",
          data: { counts: { enrollments: 200 } },
        },
      ],
    };
    const enrollments = csv(
      ["course_id", "user_id", "role", "status"],
      ...Array.from({ length: 150 }, (_, i) => ["BIO", String(1000 + i), "student", "active"]),
    );
    const report = await analyzeFiles({ "imports.json": JSON.stringify(imports), "enrollments.csv": enrollments });
    const current = report.provisioning?.imports.find((item) => item.id === "2");
    expect(current?.deletions).toEqual([
      { type: "enrollment", against: "1", before: 200, now: 150, wouldDelete: 50, percent: 25, threshold: 10 },
    ]);
    const found = findingsOf(report);
    expect(found.get("|change-threshold")?.captures).toEqual({ count: "50", type: "enrollments", threshold: "10" });
  });

  it("lists imports by id when one is known only from its errors file, which gives no time", async () => {
    const report = await analyzeFiles({
      "import.json": JSON.stringify({
        id: 30,
        created_at: "2025-10-01T02:00:00Z",
        workflow_state: "imported",
        progress: 100,
        batch_mode: false,
        data: { import_type: "instructure_csv", counts: { users: 3 } },
      }),
      "sis_errors_attachment_31.csv": csv(
        ["sis_import_id", "file", "message", "row"],
        ["31", "users.csv", "The email address xx is invalid (row: 4)", "4"],
      ),
    });
    expect(report.provisioning?.imports.map((item) => item.id)).toEqual(["30", "31"]);
  });

  it("counts an import that failed as a whole as a failure, with the reason Canvas gave", async () => {
    const failed = {
      id: 903,
      workflow_state: "failed",
      data: { import_type: "instructure_csv", error_message: "Unrecognized import type" },
      processing_errors: null,
    };
    const report = await analyzeFiles({ "import.json": JSON.stringify(failed) });
    expect(findingsOf(report).get("|unrecognized-import-type")?.reported).toBe(1);
    expect(exitCodeFor(report, "error")).toBe(EXIT_CODES.findings);
  });

  it("says which field of an SIS import object it could not read", async () => {
    const report = await analyzeFiles({
      "import.json": JSON.stringify({ id: 9, workflow_state: "imported", processing_warnings: [null] }),
    });
    expect(report.diagnostics.map((diagnostic) => diagnostic.message)).toContainEqual(
      expect.stringContaining("processing_warnings.0: invalid input: expected array, received null"),
    );
  });

  it("says which message of an import's lists it could not read, and reads the others", async () => {
    const report = await analyzeFiles({
      "import.json": JSON.stringify({
        id: 9,
        workflow_state: "imported_with_messages",
        processing_errors: [["enrollments.csv", null]],
        processing_warnings: [["users.csv", "An email did not pass validation (row: 3)"], ["users.csv"]],
      }),
    });
    const problems = report.diagnostics.filter((diagnostic) => diagnostic.code === "provisioning-input");
    expect(problems).toContainEqual(
      expect.objectContaining({
        source: "import.json",
        line: 1,
        message:
          "SIS import 9, processing_errors.0: expected a [file, message] pair with the message as text, got " +
          '"enrollments.csv" with null for its message; that message is not counted',
      }),
    );
    expect(problems.map((problem) => problem.message)).toContainEqual(
      expect.stringContaining(
        'processing_warnings.1: expected a [file, message] pair with the message as text, got "users.csv" with nothing',
      ),
    );
    expect(report.provisioning?.imports[0]?.warnings).toBe(1);
  });

  it("says why a CSV that several imports of a list name is taken as a file of none", async () => {
    const nightly = (id: number) => ({
      id,
      workflow_state: "imported",
      data: { supplied_batches: ["user"], counts: { users: 2 } },
      csv_attachments: [{ display_name: "users.csv" }],
    });
    const report = await analyzeFiles({
      "imports.json": JSON.stringify({ sis_imports: [nightly(31), nightly(30)] }),
      "users.csv": USERS,
    });
    expect(report.provisioning?.imports.map((item) => item.id)).toEqual(["30", "31", null]);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        code: "provisioning-input",
        source: "users.csv",
        message:
          "not taken as a file of SIS import 31 or 30: the JSON of each names a file of this name; give the errors " +
          "file of its import, or that import's JSON alone, with it; read as a file of no known import",
      }),
    );
  });

  it("takes a CSV that several imports of a list name as the file of the one whose counts fit its rows", async () => {
    const nightly = (id: number, users: number, warnings = 0) => ({
      id,
      workflow_state: warnings > 0 ? "imported_with_messages" : "imported",
      data: { supplied_batches: ["user"], counts: { users, warning_count: warnings } },
      csv_attachments: [{ display_name: "users.csv" }],
    });
    // Night 30 processed 5 users: not this file of 2. Night 31 processed 1 and skipped 1 (one warning): this file.
    const report = await analyzeFiles({
      "imports.json": JSON.stringify({ sis_imports: [nightly(31, 1, 1), nightly(30, 5)] }),
      "users.csv": USERS,
    });
    const files = (id: string | null) =>
      report.provisioning?.imports.find((item) => item.id === id)?.files.map((file) => file.source);
    expect(report.provisioning?.imports.map((item) => item.id)).toEqual(["30", "31"]);
    expect(files("31")).toEqual(["users.csv"]);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        code: "provisioning-input",
        source: "users.csv",
        message:
          "taken as a file of SIS import 31: 2 imports of the list name a file of this name, and only its JSON fits " +
          "the file's 2 rows (Canvas processed 1 of them as users and wrote 1 message); give that import's errors " +
          "file or JSON alone with it to be sure",
      }),
    );
  });

  it("does not take CSVs for a file of an import whose JSON cannot describe them, and says why", async () => {
    const unrelated = {
      id: 7,
      workflow_state: "imported_with_messages",
      data: { supplied_batches: ["user"], counts: { users: 4, warning_count: 1 } },
      processing_warnings: [["users.csv", "The email address xx is invalid (row: 4)"]],
      csv_attachments: [{ display_name: "users.csv" }],
    };
    const report = await analyzeFiles({ "import.json": JSON.stringify(unrelated), "users.csv": USERS });
    const [seven, loose] = report.provisioning?.imports ?? [];
    expect(seven?.id).toBe("7");
    // Canvas's message stays with its import, under a file no CSV given is.
    expect(seven?.files.map((file) => [file.name, file.source])).toEqual([["users.csv", null]]);
    expect(seven?.kinds).toEqual([{ type: "users", rows: null, processed: 4 }]);
    expect(loose?.id).toBeNull();
    expect(loose?.files.map((file) => file.name)).toEqual(["users.csv"]);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        code: "provisioning-input",
        source: "users.csv",
        message:
          "not taken as a file of SIS import 7: its JSON says Canvas processed 4 users rows, more than the 2 rows " +
          "of the users files given; read as a file of no known import",
      }),
    );
    // Nor when the import names other files.
    const named = await analyzeFiles({
      "import.json": JSON.stringify({ ...unrelated, data: {}, csv_attachments: [{ display_name: "staff.csv" }] }),
      "users.csv": USERS,
    });
    expect(named.provisioning?.imports.map((item) => item.id)).toEqual(["7", null]);
    expect(named.diagnostics.map((diagnostic) => diagnostic.message)).toContainEqual(
      "not taken as a file of SIS import 7: its JSON names its files as staff.csv; read as a file of no known import",
    );
    // Nor when Canvas found no file of its kind in the upload.
    const kinds = await analyzeFiles({
      "import.json": JSON.stringify({ ...unrelated, data: { supplied_batches: ["enrollment"] }, csv_attachments: [] }),
      "users.csv": USERS,
    });
    expect(kinds.provisioning?.imports.map((item) => item.id)).toEqual(["7", null]);
    expect(kinds.diagnostics.map((diagnostic) => diagnostic.message)).toContainEqual(
      "not taken as a file of SIS import 7: its JSON lists no users file among the kinds Canvas found (enrollment); " +
        "read as a file of no known import",
    );
  });
});
