import type { CatalogProblem } from "@sis/core";
import { BUILTIN_CATALOG_NAME } from "@sis/core/node";

/**
 * `file: path: code: message` (`file:line:column: …` where a position locates it), the path left out when the
 * problem is about the file as a whole. A file of a user
 * catalog is named with its directory, so it cannot be mistaken for the built-in file of the same name.
 */
export function formatProblem(problem: CatalogProblem): string {
  const file =
    problem.source && problem.source !== BUILTIN_CATALOG_NAME && problem.file !== problem.source
      ? `${problem.source.replace(/\/+$/, "")}/${problem.file}`
      : problem.file;
  // file:line:column, as compilers write it, so an editor or terminal can jump there.
  const at = problem.line === undefined ? file : `${file}:${problem.line}:${problem.column ?? 1}`;
  const where = problem.path ? `${at}: ${problem.path}` : at;
  // One problem per line: a message that quotes a broken file's text may hold line breaks of its own.
  return `${where}: ${problem.code}: ${problem.message.replace(/\s*[\r\n]+\s*/g, " ")}`;
}
