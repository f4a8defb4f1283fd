import type { z } from "zod";
import { compareText } from "../util/compare-text.js";
import type { Finding, ReportDiagnostic, UnknownTemplate } from "./report-schema.js";

/** What groups are ordered by: course, then assignment, each by name and then id. */
export interface GroupOrderKey {
  course: { id: string | null; name: string | null };
  assignment: { id: string | null; name: string | null };
}

/** The ordering of text, here with the report's other orderings. */
export { compareText };

export function compareGroups(a: GroupOrderKey, b: GroupOrderKey): number {
  return (
    compareText(a.course.name, b.course.name) ||
    compareText(a.course.id, b.course.id) ||
    compareText(a.assignment.name, b.assignment.name) ||
    compareText(a.assignment.id, b.assignment.id)
  );
}

export function compareFindings(a: Finding, b: Finding): number {
  return b.count - a.count || compareText(a.entry?.id, b.entry?.id) || compareText(a.template, b.template);
}

export function compareUnknown(a: UnknownTemplate, b: UnknownTemplate): number {
  return b.count - a.count || compareText(a.template, b.template);
}

export function compareDiagnostics(a: z.infer<typeof ReportDiagnostic>, b: z.infer<typeof ReportDiagnostic>): number {
  return compareText(a.source, b.source) || a.line - b.line || compareText(a.code, b.code);
}
