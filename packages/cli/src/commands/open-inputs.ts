import type { NamedInput } from "@sis/core";
import { type InputPath, openInput, STDIN_NAME } from "@sis/core/node";
import type { CliIo } from "../io.js";
import { UsageError } from "../usage-error.js";

/** Files as named inputs; no file means stdin. Stdin can be read only once, so naming it twice is a mistake. */
export function openInputs(files: readonly InputPath[], io: CliIo): NamedInput[] {
  const inputs = files.length === 0 ? [{ path: STDIN_NAME, foundInFolder: false }] : files;
  const stdinCount = inputs.filter(({ path }) => path === STDIN_NAME).length;
  if (stdinCount > 1) throw new UsageError(`expected "-" (stdin) at most once, got it ${stdinCount} times`);
  return inputs.map((input) => openInput(input, io.stdin.data));
}
