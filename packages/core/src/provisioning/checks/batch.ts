import type { CsvType } from "../csv/csv-types.js";
import { COUNT_KEYS } from "../csv/csv-types.js";
import type { ImportInfo } from "../imports/import-info.js";
import type { Prediction } from "../model.js";
import { expect, silently } from "./check-context.js";

/** What an import in batch or diffing mode would delete, per kind Canvas cleans up, against its threshold. */
export interface Deletion {
  type: "course" | "section" | "enrollment";
  /** The previous import of the same term or data set it is compared with, and its rows of the kind. */
  against: string;
  before: number;
  now: number;
  wouldDelete: number;
  percent: number;
  threshold: number | null;
}

const CLEANED: readonly Deletion["type"][] = ["course", "section", "enrollment"];

/**
 * In batch mode Canvas deletes the term's SIS courses, sections and enrollments that an import leaves out; in
 * diffing mode, rows missing against the last import of the data set. Without Canvas's state, the previous import
 * of the same term (or data set) in the run stands for it: the rows it imported, against the rows this one has
 * (its CSVs when given, else the rows Canvas says it processed). More than change_threshold percent aborts the
 * import ("… would be deleted and exceeds the set threshold"); without a threshold a large share is deleted.
 */
export function deletionsOf(
  current: ImportInfo,
  imports: readonly ImportInfo[],
  rowsOf: (type: CsvType) => number | null,
): { deletions: Deletion[]; predictions: Prediction[] } {
  const mode = modeOf(current);
  if (mode === null || current.options.skip_deletes === true) return { deletions: [], predictions: [] };
  const previous = previousOf(current, imports, mode);
  if (previous === undefined) return { deletions: [], predictions: [] };
  const threshold = typeof current.options.change_threshold === "number" ? current.options.change_threshold : null;
  const deletions: Deletion[] = [];
  const predictions: Prediction[] = [];
  for (const type of CLEANED) {
    const before = previous.counts[COUNT_KEYS[type]];
    const now = rowsOf(type) ?? current.counts[COUNT_KEYS[type]];
    if (before === undefined || now === undefined || before === 0) continue;
    const wouldDelete = Math.max(0, before - now);
    const percent = Math.round((wouldDelete / before) * 1000) / 10;
    deletions.push({ type, against: previous.id, before, now, wouldDelete, percent, threshold });
    if (wouldDelete === 0) continue;
    const count = String(wouldDelete);
    const plural = `${type}s`;
    if (threshold !== null && percent > threshold) {
      predictions.push(
        expect("change-threshold", null, { count, type: plural, threshold: String(threshold) }, [], "possible"),
      );
    } else if (threshold === null && percent >= 10) {
      predictions.push(
        silently("mass-deletion", null, { mode, count, type: plural, percent: String(percent) }, [], "possible"),
      );
    }
  }
  return { deletions, predictions };
}

function modeOf(info: ImportInfo): "batch" | "diffing" | null {
  if (info.options.batch_mode === true || info.options.multi_term_batch_mode === true) return "batch";
  if (typeof info.options.diffing_data_set_identifier === "string") return "diffing";
  return null;
}

/** The latest import before this one of the same term (batch) or data set (diffing) that Canvas imported. */
function previousOf(
  current: ImportInfo,
  imports: readonly ImportInfo[],
  mode: "batch" | "diffing",
): ImportInfo | undefined {
  const same = (info: ImportInfo) =>
    mode === "batch"
      ? info.options.batch_mode_term_id === current.options.batch_mode_term_id
      : info.options.diffing_data_set_identifier === current.options.diffing_data_set_identifier;
  return imports
    .filter((info) => info.id !== current.id && same(info) && /^imported/.test(info.state ?? ""))
    .filter(
      (info) =>
        (info.createdAt ?? "") < (current.createdAt ?? "") ||
        (info.createdAt === current.createdAt && Number(info.id) < Number(current.id)),
    )
    .sort((a, b) => (a.createdAt ?? "").localeCompare(b.createdAt ?? "") || Number(a.id) - Number(b.id))
    .at(-1);
}
