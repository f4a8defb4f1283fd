import type { CatalogProblem } from "../errors.js";
import type { CatalogEntry } from "./entry-schema.js";
import { fileLocation } from "./file-location.js";
import { problem } from "./problem.js";

/** The file name must be the id and the folder the SIS, so a reviewer finds an entry from its id alone. */
export function checkIdentity(file: string, entry: Pick<CatalogEntry, "id" | "sis">): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const location = fileLocation(file);
  if (location.stem !== entry.id) {
    problems.push(
      problem(file, "id", "id-file-mismatch", `id "${entry.id}" differs from the file name "${location.stem}.json"`),
    );
  }
  if (location.folder !== null && location.folder !== entry.sis) {
    problems.push(
      problem(file, "sis", "sis-folder-mismatch", `sis "${entry.sis}" differs from the folder "${location.folder}"`),
    );
  }
  return problems;
}
