import type { AnalyzedRecord, CatalogEntry, EntryInfo, Finding } from "@sis/core";

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
    entry: match ? entryRef(match.entry) : null,
    candidates,
    template,
  };
  return `${JSON.stringify(line)}\n`;
}

/**
 * The entry as the report names it, with what it means and how sure its wording is (the report says those once,
 * in its `entries`): each line stands on its own for an agent acting on it.
 */
function entryRef(entry: CatalogEntry): NonNullable<Finding["entry"]> & Pick<EntryInfo, "meaning" | "wording"> {
  const { id, sis, title, meaning } = entry;
  return { id, sis, title, meaning, wording: entry.provenance.message };
}
