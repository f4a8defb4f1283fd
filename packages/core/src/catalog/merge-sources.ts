import type { CatalogEntry } from "./entry-schema.js";

export interface SourcedEntry {
  source: string;
  file: string;
  entry: CatalogEntry;
  regex: RegExp | null;
}

export interface MergedEntries {
  /** Entries in effect, sorted by id. */
  entries: SourcedEntry[];
  overrides: string[];
  customized: boolean;
}

/** Later sources win by id: that is how a district replaces a built-in explanation with its own. */
export function mergeSources(sources: readonly { name: string; entries: readonly SourcedEntry[] }[]): MergedEntries {
  const byId = new Map<string, SourcedEntry>();
  const overrides: string[] = [];
  let customized = false;
  sources.forEach((source, index) => {
    if (index > 0 && source.entries.length > 0) customized = true;
    for (const item of source.entries) {
      const earlier = byId.get(item.entry.id);
      if (earlier)
        overrides.push(`${item.entry.id}: ${item.file} (${source.name}) overrides ${earlier.file} (${earlier.source})`);
      byId.set(item.entry.id, item);
    }
  });
  const entries = [...byId.values()].sort((a, b) => (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0));
  return { entries, overrides, customized };
}
