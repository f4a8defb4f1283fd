import { Worker } from "node:worker_threads";
import { InputError } from "@sis/core";
import type { InputPath } from "@sis/core/node";
import type { BlockTask, FailureData, WorkerMessage, WorkerSetup } from "./messages.js";

/** What a worker hands back for one block of files. */
export type BlockResult = Extract<WorkerMessage, { kind: "done" }>;

/**
 * Analyse each block of files on a worker thread of its own, as one run into a mergeable report; results are
 * handed to `onResult` in command-line order (a finished block waits for the ones before it), so whatever merges
 * them sees them in order. The first failure, in command-line order, is thrown with the CLI's error class, and
 * every worker is stopped.
 */
export async function analyzeOnWorkers(
  blocks: readonly InputPath[][],
  setup: WorkerSetup,
  handlers: { onResult: (result: BlockResult) => void; onRecords: (count: number) => void },
): Promise<void> {
  const tasks: BlockTask[] = blocks.map((files, index) => ({ index, files }));
  if (tasks.length === 0) return;
  const jobs = tasks.length;
  const finished = new Map<number, BlockResult | FailureData>();
  let next = 0;
  let handed = 0;
  const workers = Array.from({ length: Math.min(jobs, tasks.length) }, () => startWorker(setup));
  try {
    await new Promise<void>((resolve, reject) => {
      const handOver = () => {
        for (let done = finished.get(handed); done !== undefined; done = finished.get(++handed)) {
          finished.delete(handed);
          if (done.kind === "done") handlers.onResult(done);
          else return reject(errorOf(done));
        }
        if (handed === tasks.length) resolve();
      };
      for (const worker of workers) {
        const give = () => {
          const task = tasks[next++];
          if (task) worker.postMessage(task);
        };
        worker.on("message", (message: WorkerMessage) => {
          if (message.kind === "records") return handlers.onRecords(message.count);
          finished.set(message.index, message.kind === "done" ? message : message.failure);
          give();
          handOver();
        });
        worker.on("error", reject);
        give();
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function startWorker(setup: WorkerSetup): Worker {
  // Built next to this module (dist/analyze-worker.js); tests of the threads run the built CLI.
  return new Worker(new URL("./analyze-worker.js", import.meta.url), { workerData: setup });
}

function errorOf(failure: FailureData): Error {
  if (failure.kind === "input" && failure.code !== undefined) {
    return new InputError(failure.code, failure.message, failure.source, failure.line);
  }
  return new Error(failure.message);
}
