import { z } from "zod";
import { CatalogEntry } from "./entry-schema.js";

/**
 * The JSON Schema of a catalog entry file, generated from the zod schema so editors and the checks never disagree.
 * Input io: fields with defaults (flags, captures, …) are optional in the files.
 */
export function entryJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CatalogEntry, { io: "input" });
  return { ...schema, title: "Canvas grade passback catalog entry" };
}

/** The committed text of `error-catalog/schema/entry.schema.json`. */
export function renderEntryJsonSchema(): string {
  return `${JSON.stringify(entryJsonSchema(), null, 2)}\n`;
}
