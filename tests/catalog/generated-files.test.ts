import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderCatalogIndex } from "../../packages/core/src/catalog/render-catalog-index.js";
import { generators, REPO_ROOT } from "../../scripts/generate.js";
import { makeEntry } from "../support/make-entry.js";

describe("generated catalog files", async () => {
  const list = await generators();

  it("include the entry schema and the index", () => {
    expect(list.map((generator) => generator.path)).toEqual(
      expect.arrayContaining(["error-catalog/schema/entry.schema.json", "error-catalog/INDEX.md"]),
    );
  });

  it.each(list.map((generator) => [generator.path, generator] as const))(
    "%s is up to date (run pnpm generate)",
    async (path, generator) => {
      expect(await readFile(resolve(REPO_ROOT, path), "utf8")).toBe(generator.render());
    },
  );

  it("the schema makes defaulted fields optional and the index lists every entry", async () => {
    const schema = JSON.parse(await readFile(resolve(REPO_ROOT, "error-catalog/schema/entry.schema.json"), "utf8"));
    expect(schema.required).not.toContain("level");
    expect(schema.properties.match.required).not.toContain("flags");
    const index = await readFile(resolve(REPO_ROOT, "error-catalog/INDEX.md"), "utf8");
    expect(index).toContain(
      "[aspen-gradebook-column-type-no-default-grade-scale](entries/aspen/aspen-gradebook-column-type-no-default-grade-scale.json)",
    );
  });
});

describe("the catalog index", () => {
  it("says 1 entry, not 1 entries, of a catalog, a domain or an SIS slug with one", () => {
    const entry = makeEntry({ id: "aspen-only-one", sis: "aspen" });
    const index = renderCatalogIndex("1.0.0", [{ entry, file: "entries/aspen/aspen-only-one.json" }]);
    expect(index).toContain("Catalog version 1.0.0: **1 entry** for 1 SIS slug; ");
    expect(index).toContain(`- ${entry.domain}: 1 entry, `);
    expect(index).toMatch(/: 0 entries, 0 verified/);
    expect(index).not.toMatch(/\b1 (?:entries|SIS slugs)\b/);
  });
});
