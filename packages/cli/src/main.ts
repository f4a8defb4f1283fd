import { EXIT_CODES, type ExitCode, exitCodeFor } from "@sis/core";
import { CommanderError } from "commander";
import { describeFailure } from "./failure.js";
import type { CliIo } from "./io.js";
import { buildProgram, type RunState } from "./program.js";

/**
 * Run the CLI with `argv` as process.argv would have it (node, script, …args) and return the exit code.
 * Never throws: every failure becomes a message on stderr and exit code 2.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const state: RunState = { exitCode: EXIT_CODES.clean };
  try {
    await buildProgram(io, state).parseAsync([...argv], { from: "node" });
    return state.exitCode;
  } catch (error) {
    // --help and --version end through exitOverride too, with commander's own exit code 0.
    if (error instanceof CommanderError && error.exitCode === 0) return EXIT_CODES.clean;
    for (const line of describeFailure(error)) io.stderr.write(`${line}\n`);
    return exitCodeFor({ failure: error });
  }
}
