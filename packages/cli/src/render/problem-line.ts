import type { CatalogProblem } from "@sis/core";

/** `file: path: code: message`, the path left out when the problem is about the file as a whole. */
export function formatProblem(problem: CatalogProblem): string {
  const where = problem.path ? `${problem.file}: ${problem.path}` : problem.file;
  return `${where}: ${problem.code}: ${problem.message}`;
}
