import { describe, expect, it } from "vitest";
import { CatalogError } from "../errors.js";
import { loadCatalog } from "./load-catalog.js";
import { sourceOf, validEntry } from "./test-support.js";

describe("loadCatalog", () => {
  const builtin = sourceOf(
    "builtin",
    [
      validEntry(),
      validEntry({
        id: "aspen-other",
        title: "Other",
        match: { pattern: "other thing", literal: "other" },
        fix: { teacher: ["x"] },
        samples: { match: [{ line: "other thing" }], noMatch: ["thing"] },
      }),
    ],
    "1.2.0",
  );

  it("returns the built-in version and the entries sorted by id", () => {
    const { catalog, overrides } = loadCatalog([builtin]);
    expect(catalog.version).toBe("1.2.0");
    expect(catalog.entries.map((entry) => entry.id)).toEqual(["aspen-other", "aspen-widget-missing"]);
    expect(catalog.entries[1]?.match.flags).toBe("i");
    expect(overrides).toEqual([]);
  });

  it("lets a later source override an entry by id, reports it as info and marks the version +custom", () => {
    const custom = sourceOf("district", [validEntry({ title: "District widget" })]);
    const { catalog, overrides } = loadCatalog([builtin, custom]);
    expect(catalog.version).toBe("1.2.0+custom");
    expect(catalog.entries.find((entry) => entry.id === "aspen-widget-missing")?.title).toBe("District widget");
    expect(catalog.entries).toHaveLength(2);
    expect(overrides).toHaveLength(1);
    expect(overrides[0]).toMatch(/^aspen-widget-missing: .*district.* overrides .*builtin/);
  });

  it("marks +custom when a later source only adds entries", () => {
    const custom = sourceOf("district", [
      validEntry({
        id: "aspen-new",
        match: { pattern: "brand new", literal: "brand" },
        fix: { teacher: ["x"] },
        samples: { match: [{ line: "brand new" }], noMatch: ["new"] },
      }),
    ]);
    expect(loadCatalog([builtin, custom]).catalog.version).toBe("1.2.0+custom");
    expect(loadCatalog([builtin, sourceOf("empty", [])]).catalog.version).toBe("1.2.0");
  });

  it("throws CatalogError carrying every problem", () => {
    const broken = sourceOf("district", [
      validEntry({ severity: "fatal" }),
      validEntry({ id: "aspen-x", match: { pattern: "(", literal: "xxxx" } }),
    ]);
    let thrown: unknown;
    try {
      loadCatalog([builtin, broken]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CatalogError);
    const codes = (thrown as CatalogError).problems.map((problem) => problem.code);
    expect(codes.sort()).toEqual(["placeholder-unknown", "regex-invalid", "schema"]);
  });
});
