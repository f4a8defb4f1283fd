import type { RecordField } from "../../records/log-record.js";
import type { FieldTarget } from "./field-aliases.js";
import { ASSUMED_MONTH_FIRST, type SlashDateOrder } from "./slash-date-order.js";

/**
 * What the assembler does with a value: one op per field (a text field's op is its own store) and one for the
 * ambiguous level column. Small integers compared in one switch, with a named store per case: a string `kind`
 * and a computed `record[field]` store cost measurably per row (issue 6's bench). Every field must have an op.
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
  studentOtherIds: 17,
} as const satisfies Record<RecordField | "levelOrStatus", number>;
export type ValueOp = (typeof VALUE_OPS)[keyof typeof VALUE_OPS];

/** A column (or key path) of the input and the field its values go to. */
export interface ColumnTarget extends FieldTarget {
  /** The column name or key path as written in the input, for diagnostics. */
  column: string;
  op: ValueOp;
  /** How a date column reads `03/09/2025`: decided from the first rows where a parser samples them. */
  slashDates: SlashDateOrder;
}

export function columnTarget(
  target: FieldTarget,
  column: string,
  slashDates: SlashDateOrder = ASSUMED_MONTH_FIRST,
): ColumnTarget {
  return { field: target.field, kind: target.kind, column, op: opFor(target), slashDates };
}

function opFor(target: FieldTarget): ValueOp {
  return target.kind === "level-or-status" ? VALUE_OPS.levelOrStatus : VALUE_OPS[target.field];
}
