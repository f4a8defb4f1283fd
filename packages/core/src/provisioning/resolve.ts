import { plural } from "../util/plural.js";
import type { ImportFileState } from "./aggregate/import-file.js";
import { type Deletion, deletionsOf } from "./checks/batch.js";
import { silently } from "./checks/check-context.js";
import { nearDuplicates } from "./checks/duplicates.js";
import { COUNT_KEYS, type CsvType } from "./csv/csv-types.js";
import type { ImportInfo } from "./imports/import-info.js";
import type { ObjectKind } from "./model.js";
import type { ProvisioningRun } from "./run.js";

/** What the end of a run adds to what was read: the deletions each batch-mode import would make. */
export interface Resolved {
  deletions: ReadonlyMap<string, readonly Deletion[]>;
}

/**
 * Ends the run's reading: assigns each imported CSV to its import, then makes the predictions that needed every
 * file (references across files, sections versus courses, users in two sections, near-identical ids, batch-mode
 * deletions) and adds the messages of imports' JSON lists when no errors file covers the import.
 */
export function resolveRun(run: ProvisioningRun): Resolved {
  assignImports(run);
  const { tables, files } = run;
  const lost = new Set(files.filter((file) => file.lost !== null).map((file) => file.number));
  const isDefined = (kind: ObjectKind, at: number) => {
    const file = tables[kind].definer(at);
    return file >= 0 && !lost.has(file);
  };
  // A file Canvas skips whole still says the run meant to define its kind: its objects are missing as a skipped
  // row's are (unless another file defines them), so the enrollments of its users are not found either.
  const defining = new Set(files.flatMap((file) => (file.kind?.type ? (DEFINES[file.kind.type] ?? []) : [])));
  const checkable = (kind: ObjectKind) => defining.has(kind);
  for (const { file, prediction, count, near } of run.references.missing(tables, isDefined, checkable)) {
    const state = files[file] as ImportFileState;
    run.predict(state, prediction, count);
    const target = prediction.objects[0];
    if (near !== null && target !== undefined) {
      const captures = { id: tables[target[0]].text(target[1]), other: tables[near[0]].text(near[1]) };
      run.predict(state, silently("near-duplicate-id", prediction.row, captures, [target, near], "possible"), count);
    }
  }
  for (const { file, prediction, count } of run.contexts.problems(tables, run.enrollments, isDefined, checkable)) {
    run.predict(files[file] as ImportFileState, prediction, count);
  }
  const enrollmentsFile = files[run.enrollments.firstFile];
  if (enrollmentsFile !== undefined) {
    for (const two of run.enrollments.twoSections()) {
      const captures = {
        userId: tables.user.text(two.user),
        courseId: tables.course.text(two.course),
        sections: two.sections.map((section) => tables.section.text(section)).join(" and "),
      };
      const objects = [
        ["user", two.user],
        ["course", two.course],
        ...two.sections.map((s) => ["section", s] as const),
      ] as const;
      run.predict(enrollmentsFile, silently("two-sections-one-course", two.row, captures, objects));
    }
  }
  for (const kind of ["user", "section", "course"] as const) {
    for (const { file, prediction } of nearDuplicates(tables, kind, (at) => isDefined(kind, at))) {
      run.predict(files[file] as ImportFileState, prediction);
    }
  }
  for (const message of run.listed) if (!run.withErrorsFile.has(message.importId ?? "")) run.report(message);
  return { deletions: predictDeletions(run) };
}

/** The kind of object each kind of file defines. */
const DEFINES: Partial<Record<CsvType, readonly ObjectKind[]>> = {
  account: ["account"],
  term: ["term"],
  course: ["course"],
  section: ["section"],
  user: ["user", "login"],
  group_category: ["group_category"],
  group: ["group"],
};

/**
 * Each CSV read goes to the import that names it (its attachments, its messages), or to the run's only import,
 * unless that import's JSON cannot describe it (`mismatchOf`): then it stays a file of no known import, and a
 * diagnostic says why, rather than the import's rows and messages being set against a file they are not about.
 */
function assignImports(run: ProvisioningRun): void {
  const ids = new Set<string>(run.imports.keys());
  for (const file of run.files) if (file.importId !== null) ids.add(file.importId);
  const candidates = new Map<ImportFileState, string>();
  for (const file of run.files) {
    if (file.source === null || file.importId !== null || file.name === null) continue;
    const name = file.name;
    const byAttachment = [...run.imports.values()].filter((info) =>
      info.files.some((attachment) => isAttachment(attachment, name)),
    );
    const byMessages = new Set(
      run.files
        .filter((other) => other.source === null && other.name !== null && sameFile(other.name, name))
        .flatMap((other) => other.importId ?? []),
    );
    if (byAttachment.length === 1) candidates.set(file, (byAttachment[0] as { id: string }).id);
    else if (byMessages.size === 1) candidates.set(file, [...byMessages][0] as string);
    else if (ids.size === 1) candidates.set(file, [...ids][0] as string);
    else if (byAttachment.length > 1) {
      // Nightly imports all name users.csv: the one whose counts fit the file's rows, if only one does, made it.
      const fitting = byAttachment.flatMap((info) => {
        const fit = fitOf(info, file);
        return fit === null ? [] : [{ id: info.id, fit }];
      });
      if (fitting.length === 1) {
        const { id, fit } = fitting[0] as { id: string; fit: Fit };
        candidates.set(file, id);
        run.notice(file.source ?? "", 0, fitMessage(id, fit, file.rows ?? 0, byAttachment.length));
        continue;
      }
      const named = byAttachment.map((info) => info.id);
      const message =
        `not taken as a file of SIS import ${named.slice(0, -1).join(", ")} or ${named.at(-1)}: the JSON of each ` +
        "names a file of this name; give the errors file of its import, or that import's JSON alone, with it; " +
        "read as a file of no known import";
      run.notice(file.source ?? "", 0, message);
    }
  }
  for (const [file, id] of candidates) {
    const info = run.imports.get(id);
    const mismatch = info === undefined ? null : mismatchOf(info, file, candidates);
    if (mismatch === null) {
      file.importId = id;
      continue;
    }
    const message = `not taken as a file of SIS import ${id}: ${mismatch}; read as a file of no known import`;
    run.notice(file.source ?? "", 0, message);
  }
}

/**
 * Why an import's JSON cannot be about a CSV given for it, or null: it names its files and not this one (Canvas
 * keeps every CSV of an upload, a users file with passwords as `<name>_filtered.csv`), it lists the kinds of file
 * Canvas recognised and not this one's, or, when every file it names is given, it says Canvas processed more rows
 * of the kind than the files given for it have.
 */
function mismatchOf(
  info: ImportInfo,
  file: ImportFileState,
  candidates: ReadonlyMap<ImportFileState, string>,
): string | null {
  const name = file.name ?? "";
  if (info.files.length > 0 && !info.files.some((attachment) => isAttachment(attachment, name))) {
    return `its JSON names its files as ${listed(info.files)}`;
  }
  const type = file.kind?.type ?? null;
  if (type === null) return null;
  if (file.lost === null && info.suppliedBatches.length > 0 && !info.suppliedBatches.includes(type)) {
    return `its JSON lists no ${COUNT_KEYS[type]} file among the kinds Canvas found (${listed(info.suppliedBatches)})`;
  }
  const given = [...candidates].flatMap(([other, id]) => (id === info.id ? [other] : []));
  // A file of the upload not given may hold the rest of the kind's rows.
  const allGiven = info.files.every((attachment) =>
    given.some((other) => other.name !== null && isAttachment(attachment, other.name)),
  );
  const kind = COUNT_KEYS[type];
  const processed = info.counts[kind];
  const rows = given.reduce((sum, other) => sum + (other.kind?.type === type ? (other.rows ?? 0) : 0), 0);
  if (allGiven && processed !== undefined && processed > rows) {
    return `its JSON says Canvas processed ${plural(processed, `${kind} row`)}, more than the ${plural(rows, "row")} of the ${kind} files given`;
  }
  return null;
}

/** What an import's counts say of a CSV's kind: the rows Canvas processed and the messages it wrote. */
interface Fit {
  kind: string;
  processed: number;
  messages: number;
}

/**
 * How an import's counts fit a CSV of its kind, or null when they cannot: Canvas counts the rows it processed, and
 * each row it skipped has a message, so the count lies between the file's rows less every message of the import and
 * the file's rows.
 */
function fitOf(info: ImportInfo, file: ImportFileState): Fit | null {
  const type = file.kind?.type;
  if (type == null || file.lost !== null || file.rows === null) return null;
  const kind = COUNT_KEYS[type];
  const processed = info.counts[kind];
  const messages = (info.counts.error_count ?? 0) + (info.counts.warning_count ?? 0);
  if (processed === undefined || processed > file.rows || processed < file.rows - messages) return null;
  return { kind, processed, messages };
}

function fitMessage(id: string, { kind, processed, messages }: Fit, rows: number, named: number): string {
  const skipped = messages > 0 ? ` and wrote ${plural(messages, "message")}` : "";
  return (
    `taken as a file of SIS import ${id}: ${named} imports of the list name a file of this name, and only ` +
    `its JSON fits the file's ${rows} rows (Canvas processed ${processed} of them as ${kind}${skipped}); ` +
    "give that import's errors file or JSON alone with it to be sure"
  );
}

/** Whether an import's attachment is the file named `name`: Canvas keeps a users file with passwords filtered. */
function isAttachment(attachment: string, name: string): boolean {
  return sameFile(attachment.replace(/_filtered(\.csv)$/i, "$1"), name);
}

/** A few names of a list, for a diagnostic. */
function listed(names: readonly string[]): string {
  return names.length > 5 ? `${names.slice(0, 5).join(", ")}, …` : names.join(", ");
}

/** Canvas names a large upload's files by base name and a small one's by path in the zip. */
export function sameFile(a: string, b: string): boolean {
  return a === b || a.split("/").pop() === b.split("/").pop();
}

function predictDeletions(run: ProvisioningRun): Map<string, readonly Deletion[]> {
  const all = [...run.imports.values()];
  const deletions = new Map<string, readonly Deletion[]>();
  for (const info of all) {
    const rowsOf = (type: CsvType) => {
      const files = run.files.filter((file) => file.importId === info.id && file.kind?.type === type && !file.lost);
      return files.length === 0 ? null : files.reduce((sum, file) => sum + (file.rows ?? 0), 0);
    };
    const found = deletionsOf(info, all, rowsOf);
    if (found.deletions.length > 0) deletions.set(info.id, found.deletions);
    if (found.predictions.length === 0) continue;
    const batch =
      run.files.find((file) => file.importId === info.id && file.name === null && file.source === null) ??
      run.addFile(null, null, info.id);
    for (const prediction of found.predictions) run.predict(batch, prediction);
  }
  return deletions;
}
