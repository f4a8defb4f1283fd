import type { CatalogEntry } from "@sis/core";

/** What `catalog list --format json` prints per entry: enough to choose one, `catalog show` has the rest. */
export interface EntrySummary {
  id: string;
  sis: string;
  title: string;
  severity: CatalogEntry["severity"];
  provenance: CatalogEntry["provenance"];
  samples: { match: number; noMatch: number };
}

export function entrySummary(entry: CatalogEntry): EntrySummary {
  return {
    id: entry.id,
    sis: entry.sis,
    title: entry.title,
    severity: entry.severity,
    provenance: entry.provenance,
    samples: { match: entry.samples.match.length, noMatch: entry.samples.noMatch.length },
  };
}
