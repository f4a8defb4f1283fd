import type { AnalyzedRecord } from "@sis/core";

/** One JSON line per error or warning record, for agents that act on a log while it is still being read. */
export function renderNdjsonRecord({ record, match, candidates, template }: AnalyzedRecord): string | null {
  if (record.status !== "error" && record.status !== "warning") return null;
  const line = {
    line: record.line,
    source: record.source ?? null,
    course: { id: record.courseId ?? null, name: record.courseName ?? null },
    assignment: { id: record.assignmentId ?? null, name: record.assignmentName ?? null },
    student: { id: record.studentId ?? null, name: record.studentName ?? null },
    status: record.status,
    httpStatus: record.httpStatus ?? null,
    message: record.message ?? null,
    entry: match ? { id: match.entry.id, sis: match.entry.sis, title: match.entry.title } : null,
    candidates,
    template,
  };
  return `${JSON.stringify(line)}\n`;
}
