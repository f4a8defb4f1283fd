/** Output formats of `gpb-analyze`; the renderer table must handle every one. */
export const FORMATS = ["table", "json", "ndjson", "markdown", "escalation", "escalation-text", "csv", "html"] as const;
export type Format = (typeof FORMATS)[number];
