import { availableParallelism } from "node:os";
import type { CaseKey } from "./cases.js";
import type { CaseResult } from "./targets.js";

/** The eight-file cases side by side: how much faster threads read independent files than one thread. */
export function renderSpeedup(results: ReadonlyMap<CaseKey, CaseResult>): string {
  const one = results.get("eightFilesOneThread");
  const threads = results.get("eightFilesThreads");
  if (one === undefined || threads === undefined) return "8 files: not measured";
  const wall = one.seconds / threads.seconds;
  const cpu = threads.cpuSeconds / one.cpuSeconds;
  return (
    `8 files on ${availableParallelism()} cores: ${one.seconds.toFixed(2)} s on one thread, ` +
    `${threads.seconds.toFixed(2)} s on threads: ${wall.toFixed(2)}× faster ` +
    `(CPU time ${cpu.toFixed(2)}× that of one thread, for the extra threads' start and the merge)`
  );
}
