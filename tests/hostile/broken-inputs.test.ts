import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzed, countsByEntry, HOSTILE, refused, TIMEOUT } from "./support.js";

/** The Aspen entry every valid row of the CSV fixtures matches. */
const SEED = "aspen-gradebook-column-type-no-default-grade-scale";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gpb-hostile-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Deterministic "random" bytes (a linear congruential generator), so a failure can be reproduced. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

describe("inputs that are not a log are refused with exit 2 and one clear line", () => {
  it.each([
    ["an empty file", "empty.csv", /empty\.csv: empty-input: expected a log export, but the input is empty$/],
    ["a whitespace-only file", "whitespace-only.csv", /whitespace-only\.csv: empty-input: expected a log export/],
    ["a PNG", "png-magic.png", /png-magic\.png: binary-input: expected a log export as text .*but this is a PNG image/],
    [
      "a ZIP holding no SIS import file",
      "zip-magic.zip",
      /zip-magic\.zip: no-records: expected a zip of SIS import CSV files .* but it holds only files it cannot use \(export\.csv\); for Grade Sync logs, unzip it and pass the files inside$/,
    ],
    [
      "an Excel workbook",
      "export.xlsx",
      /export\.xlsx: binary-input: .*an Excel workbook \(\.xlsx\): .*save it as CSV/,
    ],
    ["a PDF", "report.pdf", /report\.pdf: binary-input: .*a PDF document: .*export the Grade Sync log .* as CSV/],
    [
      "Markdown notes",
      "not-logs/notes.md",
      /notes\.md: not-a-log: expected a log export .*but this reads as a document \(Markdown or prose\): 10 of its first 13 lines are headings, .*none carry a timestamp.*pass --input-format text to read it anyway$/,
    ],
    [
      "a package manifest",
      "not-logs/manifest.json",
      /manifest\.json: not-a-log: .*its records have 8 keys \(name, version, .*only description names a log field.*--input-format json/,
    ],
    [
      "a YAML config",
      "not-logs/settings.yaml",
      /settings\.yaml: not-a-log: .*reads as a configuration file \(YAML, INI or TOML\)/,
    ],
    [
      // An agent given any path may pass a system file: its 8 records are no 8 unknown errors.
      "a passwd file",
      "not-logs/passwd",
      /passwd: not-a-log: .*reads as a system file of colon-separated fields \(a passwd or group file\): 8 of its first 8 lines are such records, and none carry a timestamp/,
    ],
    [
      "a truncated gzip",
      "truncated.csv.gz",
      /truncated\.csv\.gz: corrupt-compression: expected a complete gzip stream, but it is truncated or corrupt/,
    ],
    ["gzip of garbage", "garbage.gz", /garbage\.gz: corrupt-compression: expected a complete gzip stream/],
    [
      "a header-only CSV",
      "header-only.csv",
      /header-only\.csv: no-records: expected rows after the CSV header, but found only the header$/,
    ],
    [
      // Rows were there: "found only the header" sent users with unfamiliar column names looking for missing rows.
      "a CSV with rows whose header names no column it knows",
      "unknown-headers.csv",
      new RegExp(
        "unknown-headers\\.csv:1: no-records: expected a message column named message, error, error_message, " +
          "details, … or one whose values read like error text, or a status column named status, result, outcome, " +
          "state, … or one whose values are status words \\(failed, success, error, ok, …\\), but the header on line " +
          "1 has Kennung, Vorgang, Ergebnistext and none of them could be mapped, so its 2 rows from line 2 were not " +
          "read; rename the message column to one of those names$",
      ),
    ],
    [
      "a JSON document with no records",
      "no-records.json",
      /no-records\.json: no-records: expected an array of log records \(or an object wrapping one\), but the JSON document holds none$/,
    ],
  ])(
    "%s",
    async (_, file, message) => {
      const { error } = await refused([`${HOSTILE}/${file}`]);
      // Named once: "error: file: code: …", not "error: file: code: file: …".
      expect(error).toMatch(new RegExp(`^error: ${HOSTILE}/`));
      expect(error.split(file)).toHaveLength(2);
      expect(error).toMatch(message);
    },
    TIMEOUT,
  );

  it(
    "random bytes",
    async () => {
      const path = join(dir, "random.bin");
      await writeFile(path, pseudoRandomBytes(4096, 7));
      const { error } = await refused([path]);
      expect(error).toMatch(/random\.bin:1: binary-input: expected a text log export/);
    },
    TIMEOUT,
  );

  it(
    "log lines pasted into TextEdit or WordPad and saved as they save by default, rich text",
    async () => {
      // It starts with "{": read as JSON, it was refused as "not valid JSON", which it was never meant to be.
      const path = join(dir, "grade-sync.rtf");
      const text =
        "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Helvetica;}}\n\\f0 2025-09-14 ERROR Grade passback failed\\par\n}\n";
      await writeFile(path, text);
      const { error } = await refused([path]);
      expect(error).toMatch(
        /grade-sync\.rtf: binary-input: .*but this is a rich-text document \(\.rtf\): save it as plain text/,
      );
    },
    TIMEOUT,
  );

  it.each([
    [
      "XML Spreadsheet 2003",
      "grade-sync.xml",
      '\ufeff<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"\n xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n' +
        ' <Worksheet ss:Name="Sheet1">\n  <Table>\n   <Row>\n    <Cell><Data ss:Type="String">course_id</Data></Cell>\n' +
        '    <Cell><Data ss:Type="String">message</Data></Cell>\n   </Row>\n  </Table>\n </Worksheet>\n</Workbook>\n',
      /grade-sync\.xml: binary-input: .*but this is an Excel XML spreadsheet \("XML Spreadsheet 2003"\): .*save it as CSV/,
    ],
    [
      'a "Web Page" save',
      "grade-sync.htm",
      '<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n' +
        'xmlns:x="urn:schemas-microsoft-com:office:excel">\n<head>\n<meta name=ProgId content=Excel.Sheet>\n</head>\n' +
        "<body>\n<table>\n<tr><td>course_id</td><td>message</td></tr>\n<tr><td>BIO</td><td>Student does not belong</td></tr>\n" +
        "</table>\n</body>\n</html>\n",
      /grade-sync\.htm: binary-input: .*but this is an Excel workbook saved as a web page .*: .*save it as CSV/,
    ],
  ])(
    "an Excel workbook saved as markup, %s, is named as one, not as an HTML or XML document",
    async (_, name, text, expected) => {
      const path = join(dir, name);
      await writeFile(path, text);
      const { error } = await refused([path]);
      expect(error).toMatch(expected);
    },
    TIMEOUT,
  );

  it.each([
    [
      "the Gradebook export",
      "Grades-BIO-101.csv",
      "Student,ID,SIS User ID,SIS Login ID,Section,Essay 1 (1234),Quiz 2 (1235),Current Score,Final Score\n" +
        "    Points Possible,,,,,10.00,20.00,(read only),(read only)\n" +
        '"Doe, Jane",4321,S1001,jdoe,Biology 1 - P1,9.00,18.00,90.00,90.00\n',
      /Grades-BIO-101\.csv:1: not-a-log: .*but this is Canvas's Gradebook export .*: it holds grades, .*export the Grade Sync log/,
    ],
    [
      "the Grade Export report",
      "grade_export.csv",
      "student name,student id,student sis,course,course id,course sis,section,section id,section sis,term,term id,term sis,current score,final score,enrollment state\n" +
        "Jane Doe,101,S1001,Biology 101,201,BIO-101,P1,301,BIO-101-P1,Fall,5,FA25,90,90,active\n",
      /grade_export\.csv:1: not-a-log: .*but this is Canvas's "Grade Export" report/,
    ],
    [
      "the final grades Canvas publishes to the SIS",
      "grades.csv",
      "publisher_id,publisher_sis_id,course_id,course_sis_id,section_id,section_sis_id,student_id,student_sis_id,enrollment_id,enrollment_status,score\n" +
        "11,T1,201,BIO-101,301,BIO-101-P1,101,S1001,5001,active,90\n",
      /grades\.csv:1: not-a-log: .*the final grades Canvas publishes to the SIS .*grade_publishing_results\.csv/,
    ],
    [
      "a provisioning report's users, read before as an import whose users without an SIS id Canvas would skip",
      "provisioning_users.csv",
      "canvas_user_id,user_id,integration_id,authentication_provider_id,login_id,first_name,last_name,full_name,sortable_name,short_name,email,status,created_by_sis\n" +
        '101,S1001,,,jdoe,Jane,Doe,Jane Doe,"Doe, Jane",Jane Doe,jdoe@example.edu,active,true\n' +
        '103,,,,teacher1,Tina,Teach,Tina Teach,"Teach, Tina",Tina Teach,tt@example.edu,active,false\n',
      /provisioning_users\.csv:1: not-a-log: .*a Canvas provisioning report \(Admin > Reports > Provisioning\).*no SIS import either/,
    ],
    [
      "a provisioning report's courses",
      "provisioning_courses.csv",
      "canvas_course_id,course_id,integration_id,short_name,long_name,canvas_account_id,account_id,canvas_term_id,term_id,status,start_date,end_date,created_by_sis\n" +
        "202,,,Sandbox,Sandbox course,1,,5,,unpublished,,,false\n",
      /provisioning_courses\.csv:1: not-a-log: .*a Canvas provisioning report/,
    ],
  ])(
    "a Canvas export given by mistake, %s, is named with what to export instead",
    async (_, name, text, expected) => {
      const path = join(dir, name);
      await writeFile(path, text);
      const { error } = await refused([path]);
      expect(error).toMatch(expected);
    },
    TIMEOUT,
  );

  it(
    "a log with a Canvas export's columns and a column of messages is still a log",
    async () => {
      const path = join(dir, "sync-with-sis-ids.csv");
      await writeFile(
        path,
        "Student,SIS User ID,Section,Essay 1 (1234),canvas_user_id,created_by_sis,status,message\n" +
          "Jane,S1001,P1,9,101,true,failed,Student does not belong to section\n",
      );
      const { report } = await analyzed([path]);
      expect(report.summary.errors).toBe(1);
    },
    TIMEOUT,
  );

  it(
    "a NUL byte in the first kilobyte, naming its line",
    async () => {
      const path = join(dir, "nul-early.csv");
      await writeFile(path, "status,message\nfailed,first\nfai\u0000led,second\n");
      const { error } = await refused([path]);
      expect(error).toMatch(/nul-early\.csv:3: binary-input: .*but line 3 holds binary data/);
    },
    TIMEOUT,
  );

  it(
    "a folder: it stands for its files, and the first that cannot be read is refused by name",
    async () => {
      const { error } = await refused([HOSTILE]);
      expect(error).toMatch(new RegExp(`^error: ${HOSTILE}/empty\\.csv: empty-input: `));
    },
    TIMEOUT,
  );

  it(
    "a missing path",
    async () => {
      const { error } = await refused([`${HOSTILE}/no-such-export.csv`]);
      expect(error).toMatch(/no-such-export\.csv: unreadable-input: cannot read .*no-such-export\.csv: no such file$/);
    },
    TIMEOUT,
  );
});

describe("a log that does not look like one is read when the user insists", () => {
  it(
    "--input-format reads a refused text or JSON as asked",
    async () => {
      const notes = `${HOSTILE}/not-logs/notes.md`;
      const { report } = await analyzed([notes, "--input-format", "text"]);
      expect(report.inputs).toEqual([expect.objectContaining({ shape: "text", records: 13 })]);
      const manifest = await analyzed([`${HOSTILE}/not-logs/manifest.json`, "--input-format", "json"]);
      expect(manifest.report.summary.records).toBe(1);
    },
    TIMEOUT,
  );

  it(
    "bare error lines with no timestamp, level or key are still a log",
    async () => {
      const path = join(dir, "bare-errors.txt");
      await writeFile(
        path,
        "given GradebookColumnType does not have a default GradeScale\nUser does not teach section 5\n",
      );
      const { report } = await analyzed([path]);
      expect(report.summary.errors).toBe(2);
    },
    TIMEOUT,
  );
});

describe("partly broken inputs keep every valid record and say where the damage is", () => {
  it(
    "an unclosed quote mid-file loses only its own row",
    async () => {
      const { report, stderr } = await analyzed([`${HOSTILE}/unclosed-quote.csv`]);
      // Six data rows; the one on line 4 opens a quote it never closes.
      expect(report.summary.records).toBe(5);
      expect(countsByEntry(report)).toEqual({ [SEED]: 5 });
      expect(stderr).toMatch(/unclosed-quote\.csv:4: malformed-row: row starting on line 4 skipped: a quote opened/);
    },
    TIMEOUT,
  );

  it(
    "a NUL byte past the sniffed head stays in its row",
    async () => {
      const { report } = await analyzed([`${HOSTILE}/nul-midway.csv`]);
      expect(report.summary.records).toBe(30);
      expect(countsByEntry(report)).toEqual({ [SEED]: 29, unknown: 1 });
    },
    TIMEOUT,
  );

  it(
    "CRLF, LF and lone CR in one file are all line breaks",
    async () => {
      const { report } = await analyzed([`${HOSTILE}/mixed-line-endings.csv`]);
      expect(report.summary.records).toBe(6);
      expect(countsByEntry(report)).toEqual({ [SEED]: 6 });
    },
    TIMEOUT,
  );

  it(
    "a Latin-1 row in a UTF-8 file is kept, its bytes replaced and its line named",
    async () => {
      const { report, stderr } = await analyzed([`${HOSTILE}/mixed-encoding.csv`]);
      expect(report.inputs[0]?.encoding).toBe("utf-8");
      expect(report.summary.records).toBe(20);
      expect(stderr).toMatch(/mixed-encoding\.csv:12: invalid-bytes-replaced: 1 invalid byte sequence for utf-8/);
      // The UTF-8 rows around it are decoded as UTF-8, not as Windows-1252 mojibake.
      expect(stderr).not.toContain("Ã");
    },
    TIMEOUT,
  );

  it(
    "bytes that are not UTF-8 anywhere are read as Windows-1252, keeping every row",
    async () => {
      const { report } = await analyzed([`${HOSTILE}/invalid-utf8.csv`]);
      expect(report.inputs[0]?.encoding).toBe("windows-1252");
      expect(report.summary.records).toBe(2);
      expect(countsByEntry(report)).toEqual({ [SEED]: 1, unknown: 1 });
    },
    TIMEOUT,
  );

  it(
    "a truncated JSON document keeps the records before the cut",
    async () => {
      const { report, stderr } = await analyzed([`${HOSTILE}/truncated.json`]);
      expect(report.summary.records).toBe(3);
      expect(countsByEntry(report)).toEqual({ [SEED]: 3 });
      expect(stderr).toMatch(
        /truncated\.json:\d+: malformed-json: the document ends inside the record starting on line/,
      );
    },
    TIMEOUT,
  );
});
