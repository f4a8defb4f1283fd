import { parentPort, workerData } from "node:worker_threads";
import { compileCatalog, InputError } from "@sis/core";
import { analyzeBlock } from "./analyze-block.js";
import type { BlockTask, FailureData, WorkerMessage, WorkerSetup } from "./messages.js";

// A worker thread of `gpb-analyze FILE…`: analyses each block of files it is sent as one run, into a mergeable report.
const { catalog: loaded, ...options } = workerData as WorkerSetup;
const catalog = compileCatalog({ version: loaded.version, entries: [...loaded.entries] });

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

parentPort?.on("message", async (task: BlockTask) => {
  try {
    const { report, ...rest } = await analyzeBlock(task.files, catalog, options, (count) =>
      post({ kind: "records", count }),
    );
    post({ kind: "done", index: task.index, reportJson: JSON.stringify(report), ...rest });
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
