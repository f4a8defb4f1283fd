import type { CatalogSource } from "./catalog-source.js";

/** A small valid entry for tests; `patch` replaces top-level fields (nested objects are replaced whole) and may break them on purpose. */
export function validEntry(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    $schema: "../../schema/entry.schema.json",
    id: "aspen-widget-missing",
    sis: "aspen",
    identifiesSis: true,
    title: "Widget missing",
    match: { pattern: "widget (?<name>\\w{1,20}) is missing", literal: "is missing", captures: ["name"] },
    meaning: "The widget is missing.",
    fix: { teacher: ["Add widget {name}, then run Sync to SIS again."] },
    actsFirst: "teacher",
    severity: "error",
    escalation: { needed: false },
    provenance: { message: "inferred", source: "https://example.org/widgets" },
    samples: {
      match: [{ line: "Error: widget blue is missing", captures: { name: "blue" } }],
      noMatch: ["widget blue is present"],
    },
    ...patch,
  };
}

/** A source whose files sit at `entries/<sis>/<id>.json`, like the built-in catalog. */
export function sourceOf(name: string, entries: readonly Record<string, unknown>[], version?: string): CatalogSource {
  return {
    name,
    ...(version === undefined ? {} : { version }),
    files: entries.map((entry) => ({
      path: `entries/${String(entry.sis)}/${String(entry.id)}.json`,
      text: JSON.stringify(entry, null, 2),
    })),
  };
}
