import type { z } from "zod";
import type { Finding, ReportDiagnostic, UnknownTemplate } from "./report-schema.js";

/** What groups are ordered by: course, then assignment, each by name and then id. */
export interface GroupOrderKey {
  course: { id: string | null; name: string | null };
  assignment: { id: string | null; name: string | null };
}

/** One ordering for every list in a report, so output is stable whatever order inputs arrived in. */
export function compareText(a: string | null | undefined, b: string | null | undefined): number {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}

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
