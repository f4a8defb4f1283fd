import { z } from "zod";

/** What kind of outcome a record reports, after normalising every vocabulary (failed, ERROR, succeeded, ok, …). */
export const RecordStatus = z.enum(["error", "warning", "success", "info"]);
export type RecordStatus = z.infer<typeof RecordStatus>;

/** Grade passback sends line items (assignments) and results (scores): errors come at both levels. */
export const RecordLevel = z.enum(["assignment", "submission"]);
export type RecordLevel = z.infer<typeof RecordLevel>;

/**
 * One event of a Grade Sync log, whatever container it came from. Only `line` and `status` are always known;
 * everything else is filled in when the export carries it. Timestamps and due dates are ISO 8601 strings.
 */
export const LogRecord = z.object({
  /** 1-based line of the input where the record starts. */
  line: z.number().int().positive(),
  /** Name of the input (file name or "-") when the caller gave one. */
  source: z.string().optional(),
  status: RecordStatus,
  timestamp: z.string().optional(),
  sis: z.string().optional(),
  courseId: z.string().optional(),
  courseName: z.string().optional(),
  courseSisId: z.string().optional(),
  section: z.string().optional(),
  teacher: z.string().optional(),
  assignmentId: z.string().optional(),
  assignmentName: z.string().optional(),
  studentId: z.string().optional(),
  studentName: z.string().optional(),
  /**
   * The student's other identifiers the export carries (an SIS id beside the Canvas id, a login, an email): not who
   * the record is about (that is `studentId`), but values a message may quote for this student, so redaction and
   * the `<student>` mask find them too.
   */
  studentOtherIds: z.array(z.string()).optional(),
  level: RecordLevel.optional(),
  httpStatus: z.number().int().optional(),
  /** The message to match: the SIS's own text, unwrapped from any HTTP/JSON envelope around it. */
  message: z.string().optional(),
  dueDate: z.string().optional(),
});
export type LogRecord = z.infer<typeof LogRecord>;

/** The record fields a column or key can map to (everything but the location). */
export type RecordField = Exclude<keyof LogRecord, "line" | "source">;
