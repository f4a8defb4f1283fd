import type { CatalogEntry } from "../catalog/entry-schema.js";
import type { Diagnostic } from "../diagnostics.js";
import type { CompiledCatalog } from "../match/compile-catalog.js";
import { matchMessage } from "../match/match-message.js";
import { maskMessage } from "../message/mask-message.js";
import { FindingState } from "./aggregate/finding-state.js";
import { baseName, type ImportFileState, newImportFile } from "./aggregate/import-file.js";
import type { CheckContext } from "./checks/check-context.js";
import { Owners } from "./checks/duplicates.js";
import { EnrollmentContexts } from "./checks/enrollment-contexts.js";
import { EnrollmentKeys } from "./checks/enrollment-keys.js";
import { predictedMessage } from "./checks/messages.js";
import { References } from "./checks/references.js";
import type { CsvType } from "./csv/csv-types.js";
import type { ProvisioningKind } from "./detect.js";
import { GrowableInts } from "./ids/growable.js";
import { createObjectTables, type ObjectTables } from "./ids/object-tables.js";
import type { ImportInfo } from "./imports/import-info.js";
import type { ImportDocument } from "./imports/import-json.js";
import type { ObjectRef, Prediction, ReportedMessage } from "./model.js";
import { CAPTURE_KINDS, HOLDER_CAPTURES } from "./read/capture-kinds.js";
import { ImportCsvSink } from "./read/import-csv-sink.js";
import { type ChunkSink, errorsCsvSink, importJsonSink } from "./read/text-sinks.js";
import { PERSONAL_CAPTURES, type PersonalKind, type SectionRedaction } from "./section/section-redaction.js";
import { SILENT_BEHAVIOURS } from "./silent-behaviours.js";
import type { Refusal } from "./zip/read-zip.js";

/** What a run's provisioning inputs hold once read: the state the findings and the report are made from. */
export interface ProvisioningState {
  readonly files: readonly ImportFileState[];
  readonly imports: ReadonlyMap<string, ImportInfo>;
  readonly tables: ObjectTables;
  readonly references: References;
  readonly contexts: EnrollmentContexts;
  readonly enrollments: EnrollmentKeys;
  /** Messages of imports' JSON lists, held until it is known whether an errors file covers the import. */
  readonly listed: readonly ReportedMessage[];
  /** Imports whose messages came from an errors file or the errors API (complete, unlike the JSON lists). */
  readonly withErrorsFile: ReadonlySet<string>;
}

/**
 * The provisioning half of a run: every SIS import input (result JSON, errors file, imported CSVs, loose or in a
 * zip) read into shared id tables and per-file findings. Canvas's messages are matched against the catalog as
 * they come; the checks' predictions are made as rows come, and those that need every file at the end.
 */
export class ProvisioningRun implements ProvisioningState {
  readonly files: ImportFileState[] = [];
  readonly imports = new Map<string, ImportInfo>();
  readonly tables = createObjectTables();
  readonly references = new References();
  readonly contexts = new EnrollmentContexts();
  readonly enrollments = new EnrollmentKeys();
  readonly listed: ReportedMessage[] = [];
  readonly withErrorsFile = new Set<string>();
  private readonly owners = new Owners();
  private readonly parents = new GrowableInts(-1);
  private readonly messageFiles = new Map<string, ImportFileState>();
  private readonly entries: ReadonlyMap<string, CatalogEntry>;

  constructor(
    private readonly catalog: CompiledCatalog,
    private readonly onDiagnostic: (diagnostic: Diagnostic) => void,
    private readonly redaction: SectionRedaction | null = null,
  ) {
    this.entries = new Map(catalog.entries.map((entry) => [entry.id, entry]));
  }

  /**
   * A sink for an input (or zip entry) of a known kind: `name` is where it was read (a path, `upload.zip: a.csv`),
   * `fileName` the file's own name, as Canvas names it.
   */
  sinkFor(kind: Exclude<ProvisioningKind, "zip">, name: string, fileName = baseName(name)): ChunkSink {
    const problem = (message: string, line: number) => this.notice(name, line, message);
    switch (kind) {
      case "import-csv":
        return new ImportCsvSink(this, this.addFile(fileName, name, null));
      case "errors-csv":
        return errorsCsvSink(name, (message) => this.reportErrorsFileMessage(message), problem);
      case "import-json":
      case "errors-json":
        return importJsonSink(name, (document) => this.addDocument(document), problem);
    }
  }

  /** A file of the run (an imported CSV, or a zip entry not read) with its number. */
  addFile(name: string | null, source: string | null, importId: string | null): ImportFileState {
    const file = newImportFile(this.files.length, name, source, importId);
    this.files.push(file);
    return file;
  }

  notice(source: string, line: number, message: string): void {
    this.onDiagnostic({ line, code: "provisioning-input", message, source });
  }

  /** Says that an entry of a zip was not read, and why. */
  onRefusal(archive: string, entry: string, reason: Refusal, detail: string): void {
    const message = `${entry}: not read, ${REFUSALS[reason]} (${detail}); the archive's other files are read`;
    this.onDiagnostic({ line: 0, code: "zip-entry-refused", message, source: archive });
  }

  contextFor(file: ImportFileState, type: CsvType): CheckContext {
    return {
      file: file.number,
      type,
      tables: this.tables,
      references: this.references,
      enrollments: this.enrollments,
      contexts: this.contexts,
      owners: this.owners,
      parents: this.parents,
      redaction: this.redaction,
      predict: (prediction) => this.predict(file, prediction),
    };
  }

  /** Folds one prediction (of `count` rows) into its file's finding. */
  predict(file: ImportFileState, prediction: Prediction, count = 1): void {
    const key = prediction.entryId ?? `silent:${prediction.silent}`;
    const entry = prediction.entryId === null ? null : (this.entries.get(prediction.entryId) ?? null);
    let finding = file.findings.get(key);
    if (finding === undefined) {
      finding = new FindingState(key, entry, prediction.silent, null, entry?.severity ?? "warning");
      file.findings.set(key, finding);
    }
    finding.predicted += count;
    if (prediction.certainty === "certain") finding.certain = true;
    if (prediction.row !== null) {
      finding.predictedRows.add(prediction.row);
      finding.rowLevel = true;
    }
    const first = prediction.objects[0];
    if (first !== undefined) finding.predictedObjects.add(`${first[0]}:${first[1]}`);
    finding.noteObjects(prediction.objects, count, prediction);
    finding.noteCaptures(prediction.captures);
    for (const hint of prediction.hints ?? []) finding.hints.add(hint);
    if (!finding.wouldKeep(prediction.row ?? 0)) return;
    const message =
      prediction.entryId !== null
        ? (predictedMessage(prediction.entryId, prediction.captures) ?? prediction.entryId)
        : silentText(prediction);
    const personal = personalValues(prediction.captures, prediction.objects, this.tables);
    const source = file.source ?? file.name ?? "";
    finding.noteExample(
      { row: prediction.row, source, line: null, message, origin: "predicted", personal },
      prediction.captures,
    );
  }

  /** Folds one message Canvas wrote into the finding of its import and file. */
  report(message: ReportedMessage): void {
    const file = this.messageFile(message.importId, message.file);
    const match = matchMessage(this.catalog, message.message, { sis: "canvas", domain: "provisioning" });
    const entry = match?.entry ?? null;
    const template = entry === null ? maskMessage(message.message) : null;
    const key = entry === null ? `text:${template}` : entry.id;
    let finding = file.findings.get(key);
    if (finding === undefined) {
      const severity = entry?.severity ?? (message.failure === true ? "error" : "warning");
      finding = new FindingState(key, entry, null, template, severity);
      file.findings.set(key, finding);
    }
    const captures = match?.entry ? match.captures : {};
    finding.reported++;
    if (message.failure ?? entry?.severity === "error") finding.failures++;
    const objects: ObjectRef[] = [];
    const holders: ObjectRef[] = [];
    for (const [name, value] of Object.entries(captures)) {
      const kind = CAPTURE_KINDS[name];
      if (kind !== undefined && value !== "") {
        const object: ObjectRef = [kind, this.tables[kind].index(kind === "login" ? value.toLowerCase() : value)];
        objects.push(object);
        if (HOLDER_CAPTURES.has(name)) holders.push(object);
      }
    }
    // The message is about its first object that is not a holder, as the prediction of its row is.
    const first = objects.find((object) => !holders.includes(object));
    finding.reportedKeys.push([message.row ?? 0, first === undefined ? "" : `${first[0]}:${first[1]}`]);
    finding.noteObjects(objects, 1, { holders });
    finding.noteCaptures(captures);
    const line = message.line > 0 ? message.line : null;
    const personal = personalValues(captures, objects, this.tables);
    const text = message.message;
    finding.noteExample(
      { row: message.row, source: message.source, line, message: text, origin: "reported", personal },
      captures,
    );
  }

  private reportErrorsFileMessage(message: ReportedMessage): void {
    if (message.importId !== null) this.withErrorsFile.add(message.importId);
    this.report(message);
  }

  private addDocument(document: ImportDocument): void {
    for (const info of document.imports) if (!this.imports.has(info.id)) this.imports.set(info.id, info);
    for (const message of document.messages) {
      // Messages of an import's own JSON are its first 24 of each kind; an errors file has them all.
      if (document.imports.some((info) => info.id === message.importId)) this.listed.push(message);
      else this.reportErrorsFileMessage(message);
    }
  }

  /** The file state Canvas's messages about (import, file) go to. */
  private messageFile(importId: string | null, file: string | null): ImportFileState {
    const key = `${importId ?? ""}\u0000${file ?? ""}`;
    let state = this.messageFiles.get(key);
    if (state === undefined) {
      state = this.addFile(file, null, importId);
      this.messageFiles.set(key, state);
    }
    return state;
  }
}

const REFUSALS = {
  "unsafe-name": "its name would place it outside the folder it is extracted to",
  "nested-zip": "it is a zip inside the zip",
  "zip-bomb": "it inflates like a zip bomb",
  "archive-too-large": "the archive inflates past the limit",
  "unsupported-compression": "it is compressed in a way Canvas does not read either",
  corrupt: "its compressed data is corrupt",
} satisfies Record<Refusal, string>;

/** The values of captures and objects that identify a person, longest first (a full id before a part of it). */
function personalValues(
  captures: Readonly<Record<string, string>>,
  objects: readonly (readonly [string, number])[],
  tables: ObjectTables,
): [PersonalKind, string][] {
  const values = new Map<string, PersonalKind>();
  for (const [name, value] of Object.entries(captures)) {
    const kind = PERSONAL_CAPTURES[name];
    if (kind !== undefined && value !== "") values.set(value, kind);
  }
  for (const [kind, at] of objects) {
    if (kind === "user" || kind === "login") values.set(tables[kind].text(at), kind);
  }
  return [...values]
    .map(([value, kind]): [PersonalKind, string] => [kind, value])
    .sort((a, b) => b[1].length - a[1].length);
}

/** A silent behaviour's example: its title, with the row's values that show it. */
function silentText(prediction: Prediction): string {
  const title = prediction.silent === null ? "" : SILENT_BEHAVIOURS[prediction.silent].title;
  const values = Object.entries(prediction.captures)
    .filter(([, value]) => value !== "")
    .map(([name, value]) => `${name} ${value}`)
    .join(", ");
  return values === "" ? title : `${title} (${values})`;
}
