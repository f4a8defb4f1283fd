import { Finding } from "./report-schema.js";

/** The finding's fields in the order the contract lists them. */
const FIELDS = Finding.keyof().options;

/**
 * A finding with its fields in the contract's order and those left undefined taken out: one run and a merge of
 * shards build findings differently, and must still write the same text.
 */
export function orderedFinding(fields: { [K in keyof Finding]: Finding[K] | undefined }): Finding {
  const ordered: Record<string, unknown> = {};
  for (const field of FIELDS) if (fields[field] !== undefined) ordered[field] = fields[field];
  return ordered as Finding;
}
