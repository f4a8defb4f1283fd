import type { CliIo } from "../../../packages/cli/src/io.js";
import { main } from "../../../packages/cli/src/main.js";

export interface RunOptions {
  stdin?: string | Uint8Array;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  /** The terminal's width, as process.stdout.columns gives it. */
  stdoutColumns?: number;
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
  now?: () => number;
  /** A reader that falls behind after every write (write returns false until `drain` resolves). */
  slowStdout?: boolean;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** With slowStdout: how often the CLI waited for the reader, and how often it wrote while it should have waited. */
  drains: number;
  writesWhileBehind: number;
}

/** Run `gpb-analyze ...args` in-process with fake streams, as bin.ts would with real ones. */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  let behind = false;
  let drains = 0;
  let writesWhileBehind = 0;
  const input = options.stdin ?? "";
  const io: CliIo = {
    stdin: { data: chunks([input]), isTTY: options.stdinIsTTY ?? false },
    stdout: {
      write: (text) => {
        if (behind) writesWhileBehind++;
        stdout += text;
        behind = options.slowStdout === true;
        return !behind;
      },
      drain: async () => {
        await new Promise((resolve) => setImmediate(resolve));
        behind = false;
        drains++;
      },
      isTTY: options.stdoutIsTTY ?? false,
      ...(options.stdoutColumns !== undefined && { columns: options.stdoutColumns }),
    },
    stderr: {
      write: (text) => {
        stderr += text;
      },
      isTTY: options.stderrIsTTY ?? false,
    },
    env: options.env ?? {},
    ...(options.now && { now: options.now }),
  };
  const code = await main(["node", "gpb-analyze", ...args], io);
  return { code, stdout, stderr, drains, writesWhileBehind };
}

async function* chunks(items: readonly (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  for (const item of items) yield item;
}
