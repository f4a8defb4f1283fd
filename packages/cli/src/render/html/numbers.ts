import { formatCount, plural } from "@sis/core";

/** Counts as people read them: 12,345. */
export function num(value: number): string {
  return formatCount(value);
}

export function percent(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 1000) / 10}%`;
}

/** The day of an ISO timestamp, or a dash. */
export function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : "—";
}

/** Findings count warnings with errors: sections that sum findings say so when the log has any. */
export function warningsNote(warnings: number): string {
  return warnings > 0 ? `Counts include ${plural(warnings, "warning")} as well as errors.` : "";
}
