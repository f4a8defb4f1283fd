import {
  type CatalogEntry,
  type CatalogEntryInput,
  CatalogEntry as CatalogEntrySchema,
} from "../../packages/core/src/catalog/entry-schema.js";

/** A valid catalog entry for tests; override only what the test is about. */
export function makeEntry(
  overrides: Partial<CatalogEntryInput> & { id: string; pattern?: string; literal?: string },
): CatalogEntry {
  const { pattern, literal, ...rest } = overrides;
  const source = pattern ?? "does not compute";
  return CatalogEntrySchema.parse({
    sis: "aspen",
    title: `Title of ${overrides.id}`,
    match: { pattern: source, literal: literal ?? source.replace(/\(\?<\w+>[^)]*\)/g, "").slice(0, 12) },
    meaning: "Something failed.",
    fix: { teacher: ["Fix it, then sync again."] },
    actsFirst: "teacher",
    severity: "error",
    escalation: { needed: false },
    provenance: { message: "verified", source: "https://example.org/source" },
    samples: { match: [{ line: source }], noMatch: ["nothing"] },
    ...rest,
  });
}
