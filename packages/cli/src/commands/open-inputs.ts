import type { NamedInput } from "@sis/core";
import { openInput, STDIN_NAME } from "@sis/core/node";
import type { CliIo } from "../io.js";
import { UsageError } from "../usage-error.js";

/** Files as named inputs; no file means stdin. Stdin can be read only once, so naming it twice is a mistake. */
export function openInputs(files: readonly string[], io: CliIo): NamedInput[] {
  const paths = files.length === 0 ? [STDIN_NAME] : files;
  if (paths.filter((path) => path === STDIN_NAME).length > 1) {
    throw new UsageError(
      `expected "-" (stdin) at most once, got it ${paths.filter((p) => p === STDIN_NAME).length} times`,
    );
  }
  return paths.map((path) => openInput(path, io.stdin.data));
}
