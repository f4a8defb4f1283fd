import type { CliIo } from "../../../packages/cli/src/io.js";
import { main } from "../../../packages/cli/src/main.js";

export interface RunOptions {
  stdin?: string | Uint8Array;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
  now?: () => number;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `gpb-analyze ...args` in-process with fake streams, as bin.ts would with real ones. */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const input = options.stdin ?? "";
  const io: CliIo = {
    stdin: { data: chunks([input]), isTTY: options.stdinIsTTY ?? false },
    stdout: {
      write: (text) => {
        stdout += text;
      },
      isTTY: options.stdoutIsTTY ?? false,
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
  return { code, stdout, stderr };
}

async function* chunks(items: readonly (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  for (const item of items) yield item;
}
