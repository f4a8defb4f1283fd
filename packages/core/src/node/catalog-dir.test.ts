import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validEntry } from "../catalog/test-support.js";
import { CatalogError } from "../errors.js";
import { builtinCatalogDir, loadCatalogFromDirs, readCatalogDir } from "./catalog-dir.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "catalog-dir-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(path: string, value: unknown): Promise<void> {
  await mkdir(join(dir, path, ".."), { recursive: true });
  await writeFile(join(dir, path), typeof value === "string" ? value : JSON.stringify(value));
}

describe("readCatalogDir", () => {
  it("reads entries/ recursively with relative paths, skips schema files and takes the package version", async () => {
    await put("package.json", { name: "x", version: "2.1.0" });
    await put("entries/aspen/aspen-widget-missing.json", validEntry());
    await put("schema/entry.schema.json", {});
    await put("entries/aspen/notes.schema.json", {});
    const { source, problems } = await readCatalogDir(dir);
    expect(problems).toEqual([]);
    expect(source.version).toBe("2.1.0");
    expect(source.files.map((file) => file.path)).toEqual(["entries/aspen/aspen-widget-missing.json"]);
  });

  it("reads a flat directory when there is no entries/ folder", async () => {
    await put("aspen-widget-missing.json", validEntry());
    const { source } = await readCatalogDir(dir);
    expect(source.version).toBeUndefined();
    expect(source.files.map((file) => file.path)).toEqual(["aspen-widget-missing.json"]);
  });

  it("reports a missing directory as a problem instead of throwing", async () => {
    const missing = join(dir, "nope");
    const { source, problems } = await readCatalogDir(missing);
    expect(source.files).toEqual([]);
    expect(problems).toMatchObject([{ file: missing, path: "", code: "source-unreadable" }]);
  });
});

describe("loadCatalogFromDirs", () => {
  it("finds the built-in catalog and loads it with its version", async () => {
    expect(builtinCatalogDir()).toMatch(/error-catalog$/);
    const { catalog, overrides } = await loadCatalogFromDirs([]);
    expect(catalog.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(catalog.entries.length).toBeGreaterThan(60);
    expect(overrides).toEqual([]);
  });

  it("lets a user directory override a built-in entry by id", async () => {
    const seed = "aspen-gradebook-column-type-no-default-grade-scale";
    const builtin = await loadCatalogFromDirs([]);
    const original = builtin.catalog.entries.find((entry) => entry.id === seed);
    await put(`${seed}.json`, { ...original, meaning: "Our district's own explanation." });
    const { catalog, overrides } = await loadCatalogFromDirs([dir]);
    expect(catalog.version).toBe(`${builtin.catalog.version}+custom`);
    expect(catalog.entries.find((entry) => entry.id === seed)?.meaning).toBe("Our district's own explanation.");
    expect(overrides).toHaveLength(1);
  });

  it("throws CatalogError listing an unreadable directory together with validation problems", async () => {
    await put("aspen-widget-missing.json", validEntry({ severity: "fatal" }));
    const error = await loadCatalogFromDirs([dir, join(dir, "missing")], { builtin: false }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).problems.map((problem) => problem.code).sort()).toEqual([
      "schema",
      "source-unreadable",
    ]);
  });
});
