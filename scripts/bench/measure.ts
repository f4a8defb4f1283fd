import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import type { Readable } from "node:stream";

const TIME_BIN = "/usr/bin/time";
const MAXRSS = /Maximum resident set size \(kbytes\): (\d+)/;
const PROBE_MAXRSS = /BENCH_MAXRSS_KB=(\d+)/;
const USER_TIME = /User time \(seconds\): ([\d.]+)/;
const SYSTEM_TIME = /System time \(seconds\): ([\d.]+)/;
const PROBE_CPU = /BENCH_CPU_US=(\d+)/;

export interface Sample {
  seconds: number;
  /** User + system CPU time: far less sensitive than wall time to other work sharing the machine's cores. */
  cpuSeconds: number;
  peakRssMb: number;
}

/** How peak RSS is read: GNU time's report on the child, or the child's own report through a preloaded probe. */
export type RssSource = { kind: "time" } | { kind: "probe"; probe: string };

export function rssSource(probe: string): RssSource {
  // BENCH_RSS=probe forces the fallback, so it can be checked on a machine that has GNU time.
  const useTime = existsSync(TIME_BIN) && process.env.BENCH_RSS !== "probe";
  return useTime ? { kind: "time" } : { kind: "probe", probe };
}

/**
 * Run `node <args>` (or `program <args>`) once in a fresh process, stdout to /dev/null (or to `stdoutFile`), and return wall time and
 * peak RSS. Exit codes 0
 * and 1 are both normal for the CLI (1 = findings at or above --fail-on); anything else is a crash and throws.
 */
export function measure(
  args: readonly string[],
  rss: RssSource,
  stdoutFile?: string,
  program: string = process.execPath,
): Promise<Sample> {
  // The probe is a Node preload: another program (Miller) is measured by GNU time alone.
  const nodeArgs = rss.kind === "probe" && program === process.execPath ? ["--import", rss.probe, ...args] : [...args];
  const [command, commandArgs] = rss.kind === "time" ? [TIME_BIN, ["-v", program, ...nodeArgs]] : [program, nodeArgs];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const stdout = stdoutFile === undefined ? "ignore" : openSync(stdoutFile, "w");
    const child = spawn(command, commandArgs, { stdio: ["ignore", stdout, "pipe"] });
    if (typeof stdout === "number") closeSync(stdout);
    let stderr = "";
    // Piped (stdio[2]), so never null; the typings cannot tell with stdout chosen at run time.
    (child.stderr as Readable).setEncoding("utf8").on("data", (text: string) => {
      // Keep only the tail: the RSS report comes last, and a chatty child must not grow this process's memory.
      stderr = (stderr + text).slice(-8192);
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      const found = (rss.kind === "time" ? MAXRSS : PROBE_MAXRSS).exec(stderr);
      if ((code !== 0 && code !== 1) || found === null) {
        reject(new Error(`node ${args.join(" ")} failed (exit ${code ?? signal}):\n${stderr.trim()}`));
        return;
      }
      resolve({ seconds, cpuSeconds: cpuSecondsOf(stderr, rss), peakRssMb: Number(found[1]) / 1024 });
    });
  });
}

function cpuSecondsOf(stderr: string, rss: RssSource): number {
  if (rss.kind === "probe") return Number(PROBE_CPU.exec(stderr)?.[1] ?? Number.NaN) / 1e6;
  return Number(USER_TIME.exec(stderr)?.[1] ?? Number.NaN) + Number(SYSTEM_TIME.exec(stderr)?.[1] ?? Number.NaN);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
