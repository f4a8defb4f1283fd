import type { RunResult } from "./run-cli.js";

/** Command, exit code and both streams in one text, so a snapshot shows everything a user would see. */
export function transcript(args: readonly string[], result: RunResult): string {
  return [
    `$ gpb-analyze ${args.join(" ")}`,
    `exit ${result.code}`,
    "--- stdout ---",
    result.stdout.trimEnd(),
    "--- stderr ---",
    result.stderr.trimEnd(),
    "",
  ].join("\n");
}
