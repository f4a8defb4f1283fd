import { LIMITS } from "../../limits.js";
import type { RecordField } from "../../records/log-record.js";
import { type ColumnTarget, columnTarget } from "./column-target.js";
import { dateScore, errorTextScore, statusWordScore } from "./content-scores.js";
import { type FieldTarget, fieldForPath, targetForMoreColumns } from "./field-aliases.js";
import { type IdentityField, inferIdentityColumns } from "./infer-identity.js";
import { slashDateOrderOf } from "./slash-date-order.js";

/** A column of the input with values sampled from the first records (non-empty ones only). */
export interface SampledColumn {
  name: string;
  values: string[];
}

export interface ColumnMapping {
  /** Per column (same order as given): where its values go, or undefined when the column is ignored. */
  targets: (ColumnTarget | undefined)[];
  /** What was mapped, inferred and ignored, for the columns-mapped diagnostic. */
  summary: string;
  /** Fields the analysis needs that no column provides (course, assignment and student only asked of a table with no header). */
  missing: ("message" | "status" | IdentityField)[];
}

export interface MapOptions {
  /** One field per column (a table), or every named key (JSON objects differ). */
  exclusive: boolean;
  /**
   * The first rows of a table with no header row: every column is then mapped by its values, the course,
   * assignment and student columns too, by how their values relate from row to row.
   */
  headerless?: readonly (readonly string[])[];
}

/** Minimum content scores for a column to be taken as message, status or timestamp when its name does not say. */
const MIN_MESSAGE_SCORE = 0.5;
const MIN_STATUS_SCORE = 0.8;
const MIN_DATE_SCORE = 0.8;

/**
 * Maps columns to record fields: first by name through the alias table, then by content for the fields that
 * matter most and no name claimed (message, status, timestamp). When two columns claim one field the first keeps
 * it, except for the message, which goes to the column that reads most like error text.
 */
export function mapColumns(columns: readonly SampledColumn[], options: MapOptions): ColumnMapping {
  const targets: (ColumnTarget | undefined)[] = columns.map((column) => named(column.name, fieldForPath(column.name)));
  // In a table every row has every column, so one column per field; JSON objects differ, so every named key counts.
  if (options.exclusive) resolveDuplicates(columns, targets);
  const inferred: string[] = [];
  const claims = (field: RecordField, kind?: string) =>
    targets.some((target) => target?.field === field && (kind === undefined || target.kind === kind));
  const infer = (field: RecordField, kind: FieldTarget["kind"], score: (values: string[]) => number, min: number) => {
    let best = -1;
    let bestScore = min;
    columns.forEach((column, index) => {
      if (targets[index] !== undefined) return;
      const columnScore = score(column.values);
      if (columnScore >= bestScore && (best < 0 || columnScore > bestScore)) {
        best = index;
        bestScore = columnScore;
      }
    });
    const column = columns[best];
    if (column === undefined) return;
    targets[best] = columnTarget({ field, kind }, column.name);
    inferred.push(`${column.name} → ${field}`);
  };
  if (!claims("message")) infer("message", "message", messageScore, MIN_MESSAGE_SCORE);
  if (!claims("status") && !claims("level", "level-or-status"))
    infer("status", "status", statusWordScore, MIN_STATUS_SCORE);
  if (!claims("timestamp")) infer("timestamp", "date", dateScore, MIN_DATE_SCORE);
  const missing: ColumnMapping["missing"] = [];
  if (!claims("message")) missing.push("message");
  if (!claims("status") && !claims("level", "level-or-status")) missing.push("status");
  if (options.headerless) missing.push(...inferIdentity(columns, targets, inferred, options.headerless));
  decideSlashDateOrders(columns, targets);
  return { targets, summary: summarize(columns, targets, inferred, options.headerless === undefined), missing };
}

/** The course, assignment, student and other columns of a table with no header, by their values: what is missing. */
function inferIdentity(
  columns: readonly SampledColumn[],
  targets: (ColumnTarget | undefined)[],
  inferred: string[],
  rows: readonly (readonly string[])[],
): IdentityField[] {
  const free = columns.map((_, index) => index).filter((index) => targets[index] === undefined);
  const status = targets.findIndex((target) => target?.field === "status" || target?.kind === "level-or-status");
  const found = inferIdentityColumns(rows, free, status < 0 ? undefined : status);
  for (const [index, target] of found.targets) {
    const name = columns[index]?.name ?? `column ${index + 1}`;
    targets[index] = columnTarget(target, name);
    inferred.push(`${name} → ${target.field}`);
  }
  return found.missing;
}

/**
 * Each date column reads `03/09/2025` day or month first as its first values show: the input streams, so the order
 * is decided from the sample and a later value that contradicts it is reported by the assembler.
 */
function decideSlashDateOrders(columns: readonly SampledColumn[], targets: (ColumnTarget | undefined)[]): void {
  targets.forEach((target, index) => {
    if (target?.kind !== "date") return;
    targets[index] = columnTarget(target, target.column, slashDateOrderOf(columns[index]?.values ?? []));
  });
}

function named(name: string, target: FieldTarget | undefined): ColumnTarget | undefined {
  return target === undefined ? undefined : columnTarget(target, name);
}

/**
 * One column per field: the first keeps it, but the column that reads most like error text keeps the message. The
 * others go where their field's `moreColumnsTo` says (a second student id is one of the student's other ids), or are
 * ignored; a list field takes them all.
 */
function resolveDuplicates(columns: readonly SampledColumn[], targets: (ColumnTarget | undefined)[]): void {
  const owner = new Map<string, number>();
  targets.forEach((target, index) => {
    if (target === undefined || target.kind === "text-list") return;
    const key = `${target.field}/${target.kind}`;
    const previous = owner.get(key);
    if (previous === undefined) {
      owner.set(key, index);
      return;
    }
    const keepNew =
      target.field === "message" &&
      errorTextScore(columns[index]?.values ?? []) > errorTextScore(columns[previous]?.values ?? []);
    const loser = keepNew ? previous : index;
    if (keepNew) owner.set(key, index);
    targets[loser] = moreColumnsTarget(targets[loser] as ColumnTarget);
  });
}

function moreColumnsTarget(target: ColumnTarget): ColumnTarget | undefined {
  const more = targetForMoreColumns(target);
  return more === undefined ? undefined : columnTarget(more, target.column);
}

/** Names listed up to a cap, with how many more there are. */
export function listSome(names: readonly string[]): string {
  if (names.length <= LIMITS.listedColumns) return names.join(", ");
  return `${names.slice(0, LIMITS.listedColumns).join(", ")} and ${names.length - LIMITS.listedColumns} more`;
}

function summarize(
  columns: readonly SampledColumn[],
  targets: readonly (ColumnTarget | undefined)[],
  inferred: readonly string[],
  named: boolean,
): string {
  const byName: string[] = [];
  const ignored: string[] = [];
  columns.forEach((column, index) => {
    const target = targets[index];
    if (target === undefined) ignored.push(column.name);
    else if (!inferred.includes(`${column.name} → ${target.field}`)) byName.push(`${column.name} → ${target.field}`);
  });
  const parts = named ? [`by name: ${byName.join(", ") || "none"}`] : [];
  // With no header every column is inferred: listed in the file's order.
  const byContent = named ? inferred : columnOrder(columns, inferred);
  if (byContent.length > 0) parts.push(`by content: ${byContent.join(", ")}`);
  if (ignored.length > 0) parts.push(`ignored: ${listSome(ignored)}`);
  return parts.join("; ");
}

function columnOrder(columns: readonly SampledColumn[], inferred: readonly string[]): string[] {
  const at = (mapping: string) => columns.findIndex((column) => mapping.startsWith(`${column.name} → `));
  return [...inferred].sort((a, b) => at(a) - at(b));
}

/**
 * How much a column reads like error text; between columns that read alike, the one with the longer texts: a course
 * name ("Biology - P1") reads like a short sentence too. The length counts for less than one value in a million.
 */
function messageScore(values: readonly string[]): number {
  if (values.length === 0) return 0;
  let length = 0;
  for (const value of values) length += Math.min(value.length, 1000);
  return errorTextScore(values) + length / values.length / 1e9;
}
