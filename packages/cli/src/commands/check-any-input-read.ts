import { InputError, type Report } from "@sis/core";

/**
 * A run whose every file was skipped (folders that hold only screenshots or PDFs) read nothing: a report of zero
 * records and exit 0 would pass for a clean log, so it fails as a file named on its own would.
 */
export function checkAnyInputRead(report: Pick<Report, "inputs">, given: readonly string[]): void {
  if (report.inputs.length > 0) return;
  const where = given.join(", ");
  throw new InputError(
    "no-records",
    `${where}: expected a log export or an SIS import file, but every file there is no text and was skipped (see the input-skipped diagnostics)`,
    where,
  );
}
