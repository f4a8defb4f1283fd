import type { SyncRecord } from "./sync-records.js";

export const EXPORT_FORMATS = ["csv", "ndjson", "text"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CSV_HEADER =
  "timestamp,sis,course_id,course_name,section_id,teacher,assignment_id,assignment_name,student_id,student_name,level,status,http_status,message";

/** RFC 4180: quote a field only when it holds a comma, a quote or a line break; double the quotes inside. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csvLine(r: SyncRecord): string {
  return [
    r.timestamp,
    r.sis,
    r.courseId,
    r.courseName,
    r.sectionId,
    r.teacher,
    r.assignmentId,
    r.assignmentName,
    r.studentId,
    r.studentName,
    r.level,
    r.status,
    r.httpStatus === null ? "" : String(r.httpStatus),
    r.message ?? "",
  ]
    .map(csvField)
    .join(",");
}

/** Keys as in the shared NDJSON sample (camelCase), plus the section, teacher and level the CSV also carries. */
function ndjsonLine(r: SyncRecord): string {
  return JSON.stringify({
    timestamp: r.timestamp,
    sis: r.sis,
    courseId: r.courseId,
    courseName: r.courseName,
    sectionId: r.sectionId,
    teacher: r.teacher,
    assignmentId: r.assignmentId,
    assignmentName: r.assignmentName,
    studentId: r.studentId === "" ? null : r.studentId,
    studentName: r.studentName === "" ? null : r.studentName,
    level: r.level,
    status: r.status,
    httpStatus: r.httpStatus,
    message: r.message,
  });
}

/** `key="value"` with backslash escapes, as the service log writes (and the reader's log-line splitter reads). */
function quoted(value: string): string {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

/** The shape of the shared text sample; a success logs INFO with "result posted", as the service does. */
function textLine(r: SyncRecord): string {
  const student = r.studentId === "" ? "" : ` student_id=${r.studentId}`;
  const level = r.status === "error" ? "ERROR" : "INFO";
  return `${r.timestamp} ${level} grade-sync sis=${r.sis} course_id=${r.courseId} course=${quoted(r.courseName)} assignment=${quoted(r.assignmentName)}${student} status=${r.status} message=${quoted(r.message ?? "result posted")}`;
}

export const SERIALIZERS = {
  csv: { header: CSV_HEADER, line: csvLine },
  ndjson: { header: null, line: ndjsonLine },
  text: { header: null, line: textLine },
} satisfies Record<ExportFormat, { header: string | null; line: (record: SyncRecord) => string }>;
