import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Report } from "@sis/core";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/support/run-cli.js";
import { expectCleanStderr, refused } from "../hostile/support.js";

const USERS = strToU8("user_id,login_id,status\n1001,ava,active\n1002,noah,active\n");
const ENROLLMENTS = strToU8("course_id,user_id,role,status\nBIO,1001,student,active\nBIO,1099,student,active\n");

let dir: string;
let outside: string;

beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), "gpb-zips-"));
  dir = join(outside, "inside");
  await rm(dir, { recursive: true, force: true });
  await writeFile(join(outside, "marker"), "");
  const { mkdir } = await import("node:fs/promises");
  await mkdir(dir);
});

afterAll(async () => {
  await rm(outside, { recursive: true, force: true });
});

async function zipFile(name: string, files: Record<string, Uint8Array>, level: 0 | 9 = 9): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, zipSync(files, { level }));
  return path;
}

async function analyzed(path: string): Promise<{ report: Report; stderr: string }> {
  const { code, stdout, stderr } = await runCli(["--format", "json", path]);
  expect(code, stderr).toBeLessThan(2);
  expectCleanStderr(stderr);
  return { report: Report.parse(JSON.parse(stdout)), stderr };
}

function filesOf(report: Report) {
  return new Map((report.provisioning?.imports.flatMap((item) => item.files) ?? []).map((file) => [file.name, file]));
}

/** Where each entry's local header (`PK\x03\x04`) starts. */
function localHeaders(zip: Uint8Array): number[] {
  const starts: number[] = [];
  for (let at = 0; at + 4 <= zip.length; at++) {
    if (zip[at] === 0x50 && zip[at + 1] === 0x4b && zip[at + 2] === 3 && zip[at + 3] === 4) starts.push(at);
  }
  return starts;
}

describe("hostile zips", () => {
  it("refuses a bomb (a thousand times its size) and still reads the files after it", async () => {
    const path = await zipFile("bomb.zip", {
      "users.csv": USERS,
      "bomb.csv": new Uint8Array(64 * 1024 * 1024),
      "enrollments.csv": ENROLLMENTS,
    });
    const { report, stderr } = await analyzed(path);
    const files = filesOf(report);
    expect(files.get("bomb.csv")?.refused?.reason).toBe("zip-bomb");
    expect(files.get("users.csv")?.rows).toBe(2);
    expect(files.get("enrollments.csv")?.findings.map((finding) => finding.entry?.id)).toEqual([
      "canvas-sis-import-user-not-found-for-enrollment",
    ]);
    expect(stderr).toMatch(/bomb\.csv: not read, it inflates like a zip bomb/);
  }, 30_000);

  it("refuses names that leave the folder or are absolute, and zips inside the zip, and extracts nothing", async () => {
    const inner = zipSync({ "users.csv": USERS });
    const path = await zipFile("names.zip", {
      "../escape.csv": USERS,
      "/etc/abs.csv": USERS,
      "sub/../../up.csv": USERS,
      "more.zip": inner,
      "renamed.csv": inner,
      "sub/users.csv": USERS,
    });
    const { report, stderr } = await analyzed(path);
    const refusals = report.provisioning?.imports
      .flatMap((item) => item.files)
      .filter((file) => file.refused)
      .map((file) => [file.name, file.refused?.reason])
      .sort();
    expect(refusals).toEqual([
      ["abs.csv", "unsafe-name"],
      ["escape.csv", "unsafe-name"],
      ["more.zip", "nested-zip"],
      ["renamed.csv", "nested-zip"],
      ["up.csv", "unsafe-name"],
    ]);
    expect(filesOf(report).get("sub/users.csv")?.rows).toBe(2);
    expect(stderr.match(/zip-entry-refused/g)).toHaveLength(5);
    expect((await readdir(outside)).sort()).toEqual(["inside", "marker"]);
    expect((await readdir(dir)).every((name) => name.endsWith(".zip"))).toBe(true);
  });

  it("refuses a zip of files that are not import files, with exit 2, naming what it holds", async () => {
    const path = await zipFile("docs.zip", { "roster.xlsx": strToU8("PK fake"), "notes.pdf": strToU8("%PDF-1.7") });
    const { error } = await refused([path]);
    expect(error).toMatch(
      /docs\.zip: no-records: expected a zip of SIS import CSV files .*holds only files it cannot use \(roster\.xlsx, notes\.pdf\)/,
    );
  });

  it("refuses a damaged zip whose end is gone or overwritten, with exit 2, though its first entries read", async () => {
    const whole = zipSync({ "users.csv": USERS, "enrollments.csv": ENROLLMENTS, "terms.csv": strToU8("term_id\n") });
    const [, second, third] = localHeaders(whole) as [number, number, number];
    const damaged = {
      // Cut inside the last entry's header: the streamed entries before it read whole, and nothing marks the loss.
      "cut-in-last-header.zip": whole.subarray(0, third + 20),
      "cut-in-directory.zip": whole.subarray(0, whole.length - 30),
      "garbage-over-end.zip": new Uint8Array([...whole.subarray(0, whole.length - 40), ...new Uint8Array(40).fill(7)]),
      "garbage-after-end.zip": new Uint8Array([...whole, ...strToU8("trailing bytes")]),
      "entry-overwritten.zip": (() => {
        const bytes = whole.slice();
        bytes.fill(0, second, third);
        return bytes;
      })(),
    };
    for (const [name, bytes] of Object.entries(damaged)) {
      const path = join(dir, name);
      await writeFile(path, bytes);
      const { error } = await refused(["--format", "json", path]);
      expect(error).toContain(
        `${name}: unreadable-input: expected a zip of SIS import files, but the zip is truncated`,
      );
    }
  });

  it("reports a CSV that is not UTF-8 and one with no known header, as Canvas would, beside the good ones", async () => {
    const ansi = new Uint8Array([
      ...strToU8("user_id,login_id,full_name,status\n1003,jose,Jos"),
      0xe9,
      ...strToU8(" Nunez,active\n"),
    ]);
    const path = await zipFile("mixed.zip", {
      "users.csv": USERS,
      "users_extra.csv": ansi,
      "roster.csv": strToU8("student,teacher\nx,y\n"),
      "readme.txt": strToU8("exported nightly"),
    });
    const { report } = await analyzed(path);
    const files = filesOf(report);
    expect(files.get("users_extra.csv")?.lost).toMatchObject({ reason: "invalid-utf8", line: 2 });
    expect(files.get("roster.csv")?.findings.map((finding) => finding.entry?.id)).toEqual([
      "canvas-sis-import-no-headers",
    ]);
    expect(files.get("readme.txt")?.findings.map((finding) => finding.entry?.id)).toEqual([
      "canvas-sis-import-unknown-file-type",
    ]);
    expect(files.get("users.csv")?.lost).toBeNull();
  });

  it("names each entry it did not read, and why, in the zip's summary", async () => {
    const path = await zipFile("partly.zip", {
      "users.csv": USERS,
      "readme.txt": strToU8("exported nightly"),
      "empty.csv": new Uint8Array(0),
      "notes.json": strToU8('{"exported": "nightly"}'),
      "../escape.csv": USERS,
    });
    const { report } = await analyzed(path);
    const summary = report.diagnostics.find((item) => item.message.startsWith("read as a zip"))?.message;
    expect(summary).toMatch(/^read as a zip of SIS import files: 1 read, 4 not read \(.*\)$/);
    for (const named of [
      "readme.txt: Canvas reads only .csv files",
      "empty.csv: empty (Canvas ignores an empty file)",
      "notes.json: not an SIS import file",
      "../escape.csv: its name leaves the archive or is absolute",
    ]) {
      expect(summary).toContain(named);
    }
  });

  it("says a non-CSV file of an upload is one Canvas skips", async () => {
    const path = await zipFile("upload.zip", { "users.csv": USERS, "users.xlsx": strToU8("PK not really") });
    const { report } = await analyzed(path);
    expect(
      filesOf(report)
        .get("users.xlsx")
        ?.findings.map((finding) => finding.entry?.id),
    ).toEqual(["canvas-sis-import-unknown-file-type"]);
  });
});
