/** The key that decides which records share a group: ids when the log has them, names otherwise. */
export function groupKey(
  course: { id: string | null; name: string | null },
  assignment: { id: string | null; name: string | null },
): string {
  return `${course.id ?? course.name ?? ""}\u0000${assignment.id ?? assignment.name ?? ""}`;
}

/** The key that decides which findings of a group are one: the catalog entry, or the unexplained template. */
export function findingKey(finding: { entry: { id: string } | null; template?: string | null }): string {
  return finding.entry ? `entry:${finding.entry.id}` : `text:${finding.template}`;
}

/** Canvas accepts both numeric course ids and `sis_course_id:` references in course URLs. */
export function courseUrl(canvasUrl: string | undefined, courseId: string | null): string | null {
  if (!canvasUrl || !courseId) return null;
  const base = canvasUrl.replace(/\/+$/, "");
  const ref = /^\d+$/.test(courseId) ? courseId : `sis_course_id:${encodeURIComponent(courseId)}`;
  return `${base}/courses/${ref}`;
}
