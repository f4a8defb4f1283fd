import type { CatalogProblem } from "../errors.js";
import type { CatalogProblemCode } from "./problem-codes.js";

/** Build a problem; typing the code here keeps every check on the published list of codes. */
export function problem(file: string, path: string, code: CatalogProblemCode, message: string): CatalogProblem {
  return { file, path, code, message };
}
