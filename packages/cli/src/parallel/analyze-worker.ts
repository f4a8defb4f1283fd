import { parentPort, workerData } from "node:worker_threads";
import { analyze, compileCatalog, type Diagnostic, InputError, TOOL } from "@sis/core";
import { openInput } from "@sis/core/node";
import { SHOWN_DIAGNOSTICS } from "../stderr/stderr-reporter.js";
import type { BlockTask, FailureData, UntimedRecords, WorkerMessage, WorkerSetup } from "./messages.js";

// A worker thread of `gpb-analyze FILE…`: analyses each block of files it is sent as one run, into a mergeable report.
const setup = workerData as WorkerSetup;
const catalog = compileCatalog({ version: setup.catalog.version, entries: [...setup.catalog.entries] });
/** Progress is posted in batches: a message per record would cost more than the record. */
const PROGRESS_EVERY = 5000;

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

parentPort?.on("message", async (task: BlockTask) => {
  // Only the diagnostics stderr can show are sent back; the rest are counted.
  const diagnostics: Diagnostic[] = [];
  let diagnosticCount = 0;
  const untimed: UntimedRecords = { errors: false, successes: false };
  let pending = 0;
  try {
    const report = await analyze(
      task.paths.map((path) => openInput(path)),
      {
        catalog,
        tool: TOOL,
        mergeable: true,
        ...(setup.sis !== undefined && { sis: setup.sis }),
        ...(setup.canvasUrl !== undefined && { canvasUrl: setup.canvasUrl }),
        onDiagnostic(diagnostic) {
          if (++diagnosticCount <= SHOWN_DIAGNOSTICS) diagnostics.push(diagnostic);
        },
        onRecord({ record }) {
          if (record.timestamp === undefined) {
            if (record.status === "success") untimed.successes = true;
            else if (record.status === "error" || record.status === "warning") untimed.errors = true;
          }
          if (++pending === PROGRESS_EVERY) {
            post({ kind: "records", count: pending });
            pending = 0;
          }
        },
      },
    );
    post({ kind: "records", count: pending });
    post({
      kind: "done",
      index: task.index,
      reportJson: JSON.stringify(report),
      diagnostics,
      diagnosticCount,
      untimed,
    });
  } catch (error) {
    post({ kind: "failed", index: task.index, failure: failureData(error) });
  }
});

function failureData(error: unknown): FailureData {
  if (error instanceof InputError) {
    return {
      kind: "input",
      code: error.code,
      message: error.message,
      ...(error.source !== undefined && { source: error.source }),
      ...(error.line !== undefined && { line: error.line }),
    };
  }
  return { kind: "other", message: error instanceof Error ? error.message : String(error) };
}
