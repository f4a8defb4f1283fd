import type { FieldTarget } from "./field-aliases.js";

/**
 * What the assembler does with a value, as a small integer so the per-field dispatch is one jump table instead of
 * a chain of string comparisons (a string `kind` and a computed `record[field]` store cost measurably per row).
 */
export const VALUE_OPS = {
  sis: 0,
  courseId: 1,
  courseName: 2,
  courseSisId: 3,
  section: 4,
  teacher: 5,
  assignmentId: 6,
  assignmentName: 7,
  studentId: 8,
  studentName: 9,
  message: 10,
  status: 11,
  level: 12,
  levelOrStatus: 13,
  timestamp: 14,
  dueDate: 15,
  httpStatus: 16,
} as const;
export type ValueOp = (typeof VALUE_OPS)[keyof typeof VALUE_OPS];

/** A column (or key path) of the input and the field its values go to. */
export interface ColumnTarget extends FieldTarget {
  /** The column name or key path as written in the input, for diagnostics. */
  column: string;
  op: ValueOp;
}

export function columnTarget(target: FieldTarget, column: string): ColumnTarget {
  return { field: target.field, kind: target.kind, column, op: opFor(target) };
}

function opFor(target: FieldTarget): ValueOp {
  switch (target.kind) {
    case "message":
      return VALUE_OPS.message;
    case "status":
      return VALUE_OPS.status;
    case "level":
      return VALUE_OPS.level;
    case "level-or-status":
      return VALUE_OPS.levelOrStatus;
    case "date":
      return target.field === "dueDate" ? VALUE_OPS.dueDate : VALUE_OPS.timestamp;
    case "http-status":
      return VALUE_OPS.httpStatus;
    case "text":
      return VALUE_OPS[target.field as keyof typeof VALUE_OPS];
  }
}
