import type { Report } from "@sis/core";

/** The report exactly as the contract defines it, indented for people who read it too. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
