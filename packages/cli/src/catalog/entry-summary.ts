import type { CatalogEntry } from "@sis/core";

/**
 * What `catalog list --format json` prints per entry: enough to choose one, and the sample lines (with the
 * captures they yield) so an agent can see what each entry matches; `catalog show` has the rest.
 */
export interface EntrySummary {
  id: string;
  sis: string;
  title: string;
  severity: CatalogEntry["severity"];
  provenance: CatalogEntry["provenance"];
  samples: CatalogEntry["samples"];
}

export function entrySummary(entry: CatalogEntry): EntrySummary {
  return {
    id: entry.id,
    sis: entry.sis,
    title: entry.title,
    severity: entry.severity,
    provenance: entry.provenance,
    samples: entry.samples,
  };
}
