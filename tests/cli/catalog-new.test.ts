import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "./support/run-cli.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "gpb-catalog-new-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const FILE = () => join(dir, "entries", "aspen", "aspen-widget-missing.json");

describe("catalog new SIS ID", () => {
  it("writes an entry with every field, which catalog validate rejects until each is filled in", async () => {
    const created = await runCli(["catalog", "new", "aspen", "aspen-widget-missing", "--catalog", dir]);
    expect(created.code).toBe(0);
    expect(created.stdout).toBe(`wrote ${FILE()}\n`);
    const skeleton = JSON.parse(await readFile(FILE(), "utf8"));
    expect(Object.keys(skeleton)).toEqual(
      expect.arrayContaining(["id", "sis", "identifiesSis", "title", "match", "meaning", "fix", "actsFirst"]),
    );
    // What can cause it is there to narrow: either kind of SIS import problem until the author says otherwise.
    expect(skeleton).toMatchObject({
      id: "aspen-widget-missing",
      sis: "aspen",
      provisioningCause: ["roster", "dates"],
    });

    const refused = await runCli(["catalog", "validate", dir]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain("aspen-widget-missing.json: samples.match: schema:");
    expect(refused.stdout).toContain("aspen-widget-missing.json: meaning: todo-left: replace the placeholder");
    expect(refused.stdout).toContain("aspen-widget-missing.json: match.pattern: todo-left");

    const filled = {
      ...skeleton,
      title: "Widget missing",
      match: { pattern: "widget (?<name>\\w{1,20}) is missing", literal: "is missing", captures: ["name"] },
      meaning: "The widget the score needs is not set up in Aspen.",
      fix: { teacher: ["Add widget {name} in Aspen, then run Sync to SIS again."] },
      provenance: { message: "inferred", source: "https://example.org/widgets", notes: "Inferred from a title." },
      samples: { match: [{ line: "Error: widget blue is missing", captures: { name: "blue" } }], noMatch: ["x y"] },
    };
    await writeFile(FILE(), JSON.stringify(filled, null, 2));
    expect(await runCli(["catalog", "validate", dir])).toMatchObject({ code: 0 });
  });

  it("refuses an id the catalog already has, and never overwrites", async () => {
    await runCli(["catalog", "new", "aspen", "aspen-widget-missing", "--catalog", dir]);
    await writeFile(FILE(), "{}");
    const again = await runCli(["catalog", "new", "aspen", "aspen-widget-missing", "--catalog", dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^error: expected a new id, got "aspen-widget-missing", which entries\/aspen\//m);
    expect(await readFile(FILE(), "utf8")).toBe("{}");
    const builtin = await runCli(["catalog", "new", "aspen", "aspen-gradebook-column-type-no-default-grade-scale"]);
    expect(builtin.code).toBe(2);
    expect(builtin.stderr).toMatch(/ids are never reused/);
  });

  it("says when an entry of a user catalog will override a built-in one", async () => {
    const id = "aspen-gradebook-column-type-no-default-grade-scale";
    const { code, stderr } = await runCli(["catalog", "new", "aspen", id, "--catalog", dir]);
    expect(code).toBe(0);
    expect(stderr).toContain(`the built-in catalog has an entry "${id}"; yours will override it`);
  });

  it.each([
    ["an SIS that is not a slug", ["Aspen", "aspen-x"], /expected a lower-case SIS slug .* got "Aspen"/],
    ["an id that is not kebab-case", ["aspen", "Aspen_X"], /expected a kebab-case id .* got "Aspen_X"/],
  ])("refuses %s with exit code 2", async (_, args, message) => {
    const { code, stderr } = await runCli(["catalog", "new", ...args, "--catalog", dir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });
});
