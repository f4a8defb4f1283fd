import { type AnalysisOptions, type AnalyzedRecord, createAnalysis } from "./analysis.js";
import type { Diagnostic } from "./diagnostics.js";
import { InputError } from "./errors.js";
import type { InputInfo, InputShape, InputSource, NamedInput } from "./input/input-source.js";
import { readRecords } from "./input/read-records.js";
import { sisNamedBy } from "./match/sis-slug.js";
import { readProvisioningInput } from "./provisioning/read/read-provisioning-input.js";
import { routeInput } from "./provisioning/read/route-input.js";
import type { LogRecord } from "./records/log-record.js";
import type { Report } from "./report/report-schema.js";
import { materializeReport, type StreamedReport } from "./report/streamed-report.js";
import { plural } from "./util/plural.js";

export interface AnalyzeOptions extends AnalysisOptions {
  /** Name of a single input, for records and diagnostics. */
  source?: string;
  /**
   * Called for every record as it is read (after redaction), e.g. to stream NDJSON or show progress. Return a
   * promise to make reading wait for it (a slow consumer of the stream).
   */
  onRecord?: (analyzed: AnalyzedRecord) => Promise<void> | void;
  onDiagnostic?: (diagnostic: Diagnostic) => void;
  /** Read every input as this container, even one that does not look like a log (see ReadOptions.shape). */
  inputShape?: InputShape;
}

/**
 * Read one input or several named inputs, match every error against the catalog and aggregate the report.
 * Throws InputError when an input is not a log at all; everything else becomes a diagnostic.
 */
export async function analyze(input: InputSource | readonly NamedInput[], options: AnalyzeOptions): Promise<Report> {
  return materializeReport(await analyzeStream(input, options));
}

/** `analyze`, with the report's groups built only as they are read (see StreamedReport): for writing it out. */
export async function analyzeStream(
  input: InputSource | readonly NamedInput[],
  options: AnalyzeOptions,
): Promise<StreamedReport> {
  const inputs = isNamedInputs(input) ? input : [{ name: options.source ?? "input", data: input }];
  const analysis = createAnalysis(options);
  const onDiagnostic = (diagnostic: Diagnostic) => {
    analysis.addDiagnostic(diagnostic);
    options.onDiagnostic?.(diagnostic);
  };
  const read: Report["inputs"] = [];
  for (const { name, data: source, foundInFolder } of inputs) {
    // SIS import inputs (a zip, an import's JSON, its errors file, its CSVs) go to the provisioning half.
    const { kind, data } = await routeInput(source);
    if (kind !== null) {
      const info = await readProvisioningInput(analysis.provisioning(options.onDiagnostic), name, kind, data);
      read.push({ name, ...info, records: 0 });
      continue;
    }
    const inputSis = options.sis === undefined ? sisNamedBy(name, options.catalog.sisSlugs) : undefined;
    if (inputSis !== undefined) {
      onDiagnostic({
        line: 0,
        code: "sis-inferred",
        message: `the input's name says ${inputSis}: records that name no SIS are matched as ${inputSis}'s (--sis overrides)`,
        source: name,
      });
    }
    let info: InputInfo | undefined;
    let records = 0;
    const untimed = { errors: 0, successes: 0, firstError: 0 };
    try {
      for await (const batch of readRecords(data, {
        source: name,
        onDiagnostic,
        onInputInfo: (found) => (info = found),
        ...(options.inputShape !== undefined && { shape: options.inputShape }),
      })) {
        records += batch.length;
        for (const record of batch) {
          if (record.timestamp === undefined) countUntimed(untimed, record);
          const analyzed = analysis.add(record, inputSis);
          const waiting = options.onRecord?.(analyzed);
          if (waiting) await waiting;
        }
      }
    } catch (error) {
      // A folder holds what the user kept beside the exports (a screenshot, a PDF): that is no reason to stop.
      if (foundInFolder !== true || records > 0 || !isBinaryInput(error)) throw error;
      onDiagnostic({ line: 0, code: "input-skipped", message: skippedMessage(error, name), source: name });
      continue;
    }
    if (untimed.errors > 0 && untimed.successes > 0) onDiagnostic(untimedOrderAssumed(untimed, name));
    read.push({ name, shape: info?.shape ?? "unknown", encoding: info?.encoding ?? "unknown", records });
  }
  return analysis.reportStream(read);
}

interface Untimed {
  errors: number;
  successes: number;
  firstError: number;
}

function countUntimed(untimed: Untimed, record: LogRecord): void {
  if (record.status === "success") untimed.successes++;
  else if (record.status === "error") {
    if (untimed.errors === 0) untimed.firstError = record.line;
    untimed.errors++;
  }
}

/**
 * Without timestamps a success clears an error only by coming after it in the file: right for a log written oldest
 * first, and backwards for an export that lists the newest first, where an error still failing would show as
 * resolved. The order cannot be seen from the file, so the user is told what was assumed.
 */
function untimedOrderAssumed(untimed: Untimed, source: string): Diagnostic {
  const errors = plural(untimed.errors, "error");
  const successes = plural(untimed.successes, "success", "successes");
  return {
    line: untimed.firstError,
    code: "untimed-order-assumed",
    message:
      `${errors} (the first on line ${untimed.firstError}) and ${successes} have no timestamp, so a success clears ` +
      "an error only when it comes later in the file, as in a log written oldest first; if this export lists the " +
      "newest first, errors shown as resolved may still fail: export it with its timestamps, or oldest first",
    source,
  };
}

function isBinaryInput(error: unknown): error is InputError {
  return error instanceof InputError && error.code === "binary-input";
}

/** The error's words without the input's name in front, which the diagnostic carries as its source. */
function skippedMessage(error: InputError, name: string): string {
  const prefix = `${name}: `;
  const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  return `skipped (found in a folder): ${reason}`;
}

function isNamedInputs(input: InputSource | readonly NamedInput[]): input is readonly NamedInput[] {
  return Array.isArray(input) && input.every((item) => typeof item === "object" && item !== null && "data" in item);
}
