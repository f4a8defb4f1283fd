import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { type Refusal, readZip } from "./read-zip.js";

async function entriesOf(bytes: Uint8Array, limits?: Parameters<typeof readZip>[2]) {
  const read: Record<string, string> = {};
  const refused: [string, Refusal][] = [];
  const ignored: string[] = [];
  await readZip(
    [bytes],
    {
      open(name) {
        const parts: Uint8Array[] = [];
        return {
          push: (bytes) => parts.push(bytes),
          end: () => {
            read[name] = new TextDecoder().decode(Buffer.concat(parts));
          },
          abort: () => undefined,
        };
      },
      refuse: (name, reason) => refused.push([name, reason]),
      ignore: (name) => ignored.push(name),
    },
    limits,
  );
  return { read, refused, ignored };
}

/** A zip written as a stream (sizes in data descriptors after each entry), as some exporters write them. */
function streamedZip(files: Record<string, string>): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  for (const [name, text] of Object.entries(files)) {
    const entry = name.endsWith(".txt") ? new ZipPassThrough(name) : new ZipDeflate(name);
    zip.add(entry);
    entry.push(strToU8(text), true);
  }
  zip.end();
  return Buffer.concat(parts);
}

describe("readZip", () => {
  it("reads every entry, whether the sizes come first or after each entry", async () => {
    const files = { "users.csv": "user_id,login_id\nu1,a\n", "sub/enrollments.csv": "course_id,user_id\nc,u1\n" };
    for (const zip of [
      zipSync({
        "users.csv": strToU8(files["users.csv"]),
        "sub/enrollments.csv": strToU8(files["sub/enrollments.csv"]),
      }),
      streamedZip(files),
    ]) {
      expect((await entriesOf(zip)).read).toEqual(files);
    }
  });

  it("refuses names that climb out or are absolute, and zips inside the zip, and reads the rest", async () => {
    const inner = zipSync({ "x.csv": strToU8("a,b\n") });
    const zip = zipSync({
      "../x.csv": strToU8("evil"),
      "/abs.csv": strToU8("evil"),
      "a/../../b.csv": strToU8("evil"),
      "inner.zip": inner,
      "renamed.csv": inner,
      "good.csv": strToU8("user_id,login_id\n"),
      "__MACOSX/._good.csv": strToU8("fork"),
    });
    const { read, refused, ignored } = await entriesOf(zip);
    expect(read).toEqual({ "good.csv": "user_id,login_id\n" });
    expect(refused.sort()).toEqual([
      ["../x.csv", "unsafe-name"],
      ["/abs.csv", "unsafe-name"],
      ["a/../../b.csv", "unsafe-name"],
      ["inner.zip", "nested-zip"],
      ["renamed.csv", "nested-zip"],
    ]);
    expect(ignored).toEqual(["__MACOSX/._good.csv"]);
  });

  it("refuses a zip whose end record is cut off or whose central directory lists entries it did not find", async () => {
    // Stored, so the only "P" after the first header is the second entry's signature.
    const whole = zipSync({ "a.csv": strToU8("user_id\n1\n"), "b.csv": strToU8("user_id\n2\n") }, { level: 0 });
    expect(Object.keys((await entriesOf(whole)).read)).toEqual(["a.csv", "b.csv"]);
    await expect(entriesOf(whole.subarray(0, whole.length - 10))).rejects.toThrow(
      /truncated or corrupt \(its end-of-central-directory record is not at its end/,
    );
    const secondGone = whole.slice();
    secondGone.fill(0, secondGone.indexOf(0x50, 4), secondGone.indexOf(0x50, 4) + 4);
    await expect(entriesOf(secondGone)).rejects.toThrow(/central directory lists 2 entries, but 1 was found before it/);
  });

  it("stops a bomb without inflating it all, and still reads the entries after it", async () => {
    const bomb = new Uint8Array(256 * 1024 * 1024);
    const zip = zipSync({ "bomb.csv": bomb, "after.csv": strToU8("user_id,login_id\n") }, { level: 9 });
    expect(zip.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const { read, refused } = await entriesOf(zip);
    expect(refused).toEqual([["bomb.csv", "zip-bomb"]]);
    expect(read["after.csv"]).toBe("user_id,login_id\n");
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
