import type { Diagnostic } from "@sis/core";
import { STDIN_NAME } from "@sis/core/node";

/** `file:line: code: message`, like a compiler, so editors and terminals can jump to the line. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  // "-" is how stdin is named on the command line, but "stdin:3" says more in a message.
  const file = diagnostic.source === STDIN_NAME ? "stdin" : (diagnostic.source ?? "input");
  const where = diagnostic.line > 0 ? `${file}:${diagnostic.line}` : file;
  return `${where}: ${diagnostic.code}: ${diagnostic.message}`;
}
