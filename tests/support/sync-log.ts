import fc from "fast-check";

/** Messages from built-in catalog entries (with variable parts), an unknown text, and a blank for successes. */
const MESSAGES = [
  "given GradebookColumnType does not have a default GradeScale",
  "Invalid assignment ID (lineItem sourcedId is invalid).",
  "User does not teach section 94692",
  "User does not teach section 10293",
  "Student.id [98659] does not have an AssignmentStudentAssociation for AssignmentSection 277753",
  "Upstream gateway hiccup 4411 while posting",
  "Upstream gateway hiccup 9876 while posting",
];

export const SYNC_LOG_HEADER =
  "timestamp,sis,course_id,course_name,assignment_id,assignment_name,student_id,student_name,status,message";

const rowArb = fc.record({
  minute: fc.integer({ min: 0, max: 400_000 }),
  sis: fc.constantFrom("aspen", "powerschool", "aeries"),
  course: fc.constantFrom("101", "102", "103", "104"),
  assignment: fc.constantFrom("7", "8", "9"),
  student: fc.option(fc.constantFrom("5001", "5002", "5003", "5004", "5005"), { nil: null }),
  status: fc.constantFrom("error", "error", "success", "success", "warning", "info"),
  message: fc.constantFrom(...MESSAGES),
});

/** The data rows of a Grade Sync export (no header): errors, successes and unknown texts over a few courses. */
export const syncRowsArb = fc.array(rowArb, { minLength: 1, maxLength: 80 }).map((rows) =>
  rows.map((row) => {
    const time = new Date(Date.UTC(2025, 8, 1) + row.minute * 60_000).toISOString();
    const student = row.student === null ? "," : `${row.student},Student ${row.student}`;
    const message = row.status === "success" || row.status === "info" ? "" : row.message;
    return `${time},${row.sis},${row.course},Course ${row.course},${row.assignment},Quiz ${row.assignment},${student},${row.status},${message}`;
  }),
);

/** Rows cut into consecutive shards at the given points (sorted, de-duplicated, within range); none is empty. */
export function shardsOf(rows: readonly string[], cuts: readonly number[]): string[][] {
  const points = [...new Set(cuts.map((cut) => 1 + (cut % Math.max(1, rows.length - 1))))]
    .filter((point) => point < rows.length)
    .sort((a, b) => a - b);
  const bounds = [0, ...points, rows.length];
  return bounds.slice(1).map((end, i) => rows.slice(bounds[i], end));
}

/** A shard as a CSV file's text: every shard carries the header, as split exports do. */
export function csvOf(rows: readonly string[]): string {
  return `${SYNC_LOG_HEADER}\n${rows.join("\n")}\n`;
}
