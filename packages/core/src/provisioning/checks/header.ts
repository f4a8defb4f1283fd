import type { FindingHint } from "../../report/provisioning-schema.js";
import { type CsvType, csvTypeOf, FILE_NAMES, readAsOther } from "../csv/csv-types.js";
import { misspeltColumn } from "../csv/known-columns.js";
import { excelSepDelimiter, headerCells, OTHER_DELIMITERS } from "../detect.js";
import type { FileKind, Prediction } from "../model.js";
import { expect, silently } from "./check-context.js";

/**
 * The file's kind, decided from its header row as Canvas decides it, and what the header alone predicts: no kind at
 * all (the file is skipped), an extra column that makes it another kind than meant, column names Canvas will not
 * find (spaces around them, a second column of the same name, a misspelling of a known column).
 */
export function readHeader(
  cells: readonly string[],
  fileName: string | null,
): FileKind & { predictions: Prediction[] } {
  const names = cells.map((cell) => cell.trim().toLowerCase());
  const type = csvTypeOf(new Set(names));
  if (type === null) {
    const hints = noHeaderHints(cells);
    const noHeaders = expect("no-headers", null, {});
    return { type, readAs: null, predictions: [hints.length === 0 ? noHeaders : { ...noHeaders, hints }] };
  }
  const predictions: Prediction[] = [];
  const other = readAsOther(names, fileName);
  if (other !== null) {
    const captures = { column: other.column ?? "", readAs: FILE_NAMES[other.readAs], meant: FILE_NAMES[other.meant] };
    predictions.push(silently("read-as-other-type", null, captures));
  }
  predictions.push(...columnProblems(type, cells, names));
  return { type, readAs: other && { meant: other.meant, column: other.column }, predictions };
}

function columnProblems(type: CsvType, cells: readonly string[], names: readonly string[]): Prediction[] {
  const predictions: Prediction[] = [];
  const present = new Set(names);
  const seen = new Set<string>();
  names.forEach((name, at) => {
    if (name === "") return;
    if (seen.has(name)) predictions.push(silently("duplicate-column", null, { column: name }));
    seen.add(name);
    if ((cells[at] as string).toLowerCase() !== name) {
      predictions.push(silently("column-name-spaces", null, { column: name }));
    }
    const known = misspeltColumn(type, name, present);
    if (known !== null) predictions.push(silently("misspelt-column", null, { column: name, known }));
  });
  return predictions;
}

/**
 * Why Canvas finds no kind in a header, when the file says so: split at a semicolon (Excel in many European
 * locales), a tab or a bar instead of Canvas's comma, the header names a kind of file. Canvas reads commas only.
 * A first line `sep=;` is Excel's note of the delimiter above the real header: Canvas takes it for the header, and
 * the delimiter it names is the file's (a hint of its own when not a comma).
 */
function noHeaderHints(cells: readonly string[]): FindingHint[] {
  const line = cells.join(",");
  const declared = excelSepDelimiter(line);
  if (declared === null) {
    const hint = delimiterHint(line);
    return hint === null ? [] : [hint];
  }
  const other = OTHER_DELIMITERS.find(([delimiter]) => delimiter === declared);
  return other === undefined ? ["excel-sep-line"] : ["excel-sep-line", other[1]];
}

function delimiterHint(line: string): FindingHint | null {
  for (const [delimiter, hint] of OTHER_DELIMITERS) {
    if (line.includes(delimiter) && csvTypeOf(new Set(headerCells(line, delimiter))) !== null) return hint;
  }
  return null;
}
