import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { InputError } from "../../packages/core/src/errors.js";
import { pieces, problems, readAll, utf8 } from "./helpers.js";

const CSV = "status,teacher,message\nfailed,José Müller,Catégorie introuvable — 成績\nok,Zoë,\n";
const EXPECTED = [
  { line: 2, status: "error", teacher: "José Müller", message: "Catégorie introuvable — 成績" },
  { line: 3, status: "success", teacher: "Zoë" },
];

function utf16(text: string, order: "le" | "be", bom: boolean): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = bom ? `\uFEFF${text}` : text;
  for (let index = 0; index < units.length; index++) {
    const unit = units.charCodeAt(index);
    bytes[2 * index + (order === "le" ? 0 : 1)] = unit & 0xff;
    bytes[2 * index + (order === "le" ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

describe("encodings", () => {
  it.each([
    ["utf-8", utf8(CSV), "utf-8"],
    ["utf-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)]), "utf-8 (BOM)"],
    ["utf-16le with BOM", utf16(CSV, "le", true), "utf-16le (BOM)"],
    ["utf-16be with BOM", utf16(CSV, "be", true), "utf-16be (BOM)"],
    ["utf-16le without BOM", utf16(CSV, "le", false), "utf-16le"],
    ["gzip", new Uint8Array(gzipSync(utf8(CSV))), "utf-8 gzip"],
    ["gzip of utf-16le with BOM", new Uint8Array(gzipSync(utf16(CSV, "le", true))), "utf-16le (BOM) gzip"],
  ])("decodes %s", async (_, bytes, encoding) => {
    const { records, diagnostics, info } = await readAll(bytes);
    expect(info?.encoding).toBe(encoding);
    expect(problems(diagnostics)).toEqual([]);
    expect(records).toEqual(EXPECTED);
    const chunked = await readAll(pieces(bytes, 1));
    expect(chunked.records).toEqual(EXPECTED);
  });

  it("reads a Windows-1252 spreadsheet save (no BOM, lone accented bytes) as Windows-1252", async () => {
    const bytes = new Uint8Array([
      ...utf8("status,student_name,message\nfailed,Jos"),
      0xe9,
      ...utf8(" Mu"),
      0xf1,
      ...utf8('oz,Category "Tarea" not found'),
      0x85,
      ...utf8("\n"),
    ]);
    const { records, diagnostics, info } = await readAll(bytes);
    expect(info?.encoding).toBe("windows-1252");
    expect(records[0]?.studentName).toBe("José Muñoz");
    expect(records[0]?.message).toBe('Category "Tarea" not found…');
    expect(problems(diagnostics)).toEqual([]);
  });

  it("replaces invalid bytes in a UTF-8 export and reports the first line and the count once", async () => {
    const bytes = new Uint8Array([
      ...utf8("status,message\nfailed,ok text – naïve\nfailed,caf"),
      0xe9,
      0x20,
      0xff,
      ...utf8("\n"),
    ]);
    const { records, diagnostics } = await readAll(bytes);
    expect(records[1]?.message).toBe("caf\uFFFD \uFFFD");
    expect(problems(diagnostics)).toEqual([
      expect.objectContaining({
        line: 3,
        code: "invalid-bytes-replaced",
        message: expect.stringContaining("2 invalid"),
      }),
    ]);
  });

  it("turns truncated gzip into corrupt-compression", async () => {
    const gz = gzipSync(utf8(CSV.repeat(50)));
    await expect(readAll(new Uint8Array(gz.subarray(0, gz.length - 20)))).rejects.toMatchObject({
      name: "InputError",
      code: "corrupt-compression",
    });
  });

  it("turns corrupt gzip into corrupt-compression", async () => {
    const bytes = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4, 5, 6, 7, 8]);
    await expect(readAll(bytes)).rejects.toBeInstanceOf(InputError);
    await expect(readAll(bytes)).rejects.toMatchObject({ code: "corrupt-compression" });
  });
});

describe("input that is not a log", () => {
  it.each([
    ["empty", "", "empty-input"],
    ["whitespace only", " \n\r\n\t\n", "empty-input"],
    ["empty bytes", new Uint8Array(0), "empty-input"],
    [
      "binary",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      "binary-input",
    ],
    ["NUL bytes in text", "status,message\nfailed,\u0000\u0000\u0000\n", "binary-input"],
    ["a header-only CSV", "course_id,status,message\n", "no-records"],
    ["a JSON document without records", '{"data":{"results":[]},"count":0}', "no-records"],
    ["an empty JSON array", "[]", "no-records"],
    ["invalid JSON with no records", '{"data": nope', "no-records"],
  ])("refuses %s with a clear InputError", async (_, input, code) => {
    const error = await readAll(input, { source: "export.csv" }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code, source: "export.csv" });
    expect((error as InputError).message).toMatch(/^export\.csv: expected /);
  });
});

describe("binary data without NUL bytes, and text that only looks foreign", () => {
  /** Deterministic bytes from `low` to 255 (a linear congruential generator), so a failure can be reproduced. */
  function pseudoRandomBytes(length: number, low: number): Uint8Array {
    const bytes = new Uint8Array(length);
    let state = 7;
    for (let index = 0; index < length; index++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      bytes[index] = low + ((state >>> 24) % (256 - low));
    }
    return bytes;
  }

  it.each([
    ["bytes 1 to 255 over and over", Uint8Array.from({ length: 8192 }, (_, index) => 1 + (index % 255))],
    ["random high bytes", pseudoRandomBytes(8192, 0x80)],
    ["random bytes but NUL", pseudoRandomBytes(8192, 1)],
  ])("refuses %s, which decode as Windows-1252, as binary-input", async (_, bytes) => {
    // Read as Windows-1252 text, each became a log of one unknown error per "line" of letters and symbols.
    await expect(readAll(bytes, { source: "export.bin" })).rejects.toMatchObject({
      code: "binary-input",
      message: expect.stringMatching(/^export\.bin: expected a text log export .*line 1 holds binary data/),
    });
  });

  // Latin-1 names and text (one byte each in Windows-1252), and the en dash Windows-1252 writes as 0x96.
  const names = ["José Müller", "Zoë Ñúñez", "Ærøskøbing Åsa", "Françoise Lefèvre", "Ægir Þórsson"];
  const rows = names.map((name) => `failed,${name},Catégorie «Devoir» introuvable – élève non inscrit\n`);
  const windows1252 = Uint8Array.from(`status,student_name,message\n${rows.join("").repeat(20)}`, (char) =>
    char === "–" ? 0x96 : char.charCodeAt(0),
  );

  it.each([
    ["a Windows-1252 save full of accents", windows1252, "windows-1252", 100],
    [
      "a UTF-16 save of names in many scripts",
      utf16(
        `status,student_name,message\n${"failed,山田 太郎,Ученик не найден\nfailed,Γιώργος Παπαδόπουλος,学生不属于该课程\nfailed,محمد علي,ไม่พบนักเรียน\n".repeat(30)}`,
        "le",
        true,
      ),
      "utf-16le (BOM)",
      90,
    ],
    [
      "a UTF-8 log of Chinese messages without spaces",
      utf8(
        `status,message\n${"failed,成绩同步失败：学生不属于该课程，请检查花名册与分组设置后重试，或联系管理员处理此问题。\n".repeat(40)}`,
      ),
      "utf-8",
      40,
    ],
  ])("reads %s as text", async (_, bytes, encoding, count) => {
    const { records, info } = await readAll(bytes);
    expect(info?.encoding).toBe(encoding);
    expect(records).toHaveLength(count);
    expect(records.every((record) => record.status === "error")).toBe(true);
  });
});

describe("chunking", () => {
  const cases: [string, string][] = [
    ["CSV with quoted CRLF and multi-byte characters", `status,message\r\nfailed,"Zoë\r\n成績 ""quoted"""\r\nok,\r\n`],
    ["JSON", `{"data":[{"status":"failed","message":"é \\" ] }"},\n{"status":"ok"}]}`],
    ["NDJSON", '{"status":"failed","message":"ü"}\r\n{"status":"ok"}\r\n'],
    ["text log", '2025-09-14T10:00:00Z ERROR course_id=1 message="a \\"b\\" ü"\r\nplain error line\r'],
  ];
  it.each(cases)("1-byte chunks of %s give the same records as one chunk", async (_, text) => {
    const whole = await readAll(utf8(text));
    const split = await readAll(pieces(utf8(text), 1));
    const asStrings = await readAll([...text]);
    expect(whole.records.length).toBeGreaterThan(0);
    expect(split.records).toEqual(whole.records);
    expect(asStrings.records).toEqual(whole.records);
    expect(split.diagnostics).toEqual(whole.diagnostics);
  });

  it("reads async iterables", async () => {
    async function* stream() {
      yield utf8("status,message\n");
      yield "failed,from a string chunk\n";
      yield utf8("ok,\n");
    }
    const { records } = await readAll(stream());
    expect(records.map((record) => record.status)).toEqual(["error", "success"]);
  });
});
