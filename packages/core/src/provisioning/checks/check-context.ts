import type { CsvType } from "../csv/csv-types.js";
import type { GrowableInts } from "../ids/growable.js";
import type { ObjectTables } from "../ids/object-tables.js";
import type { Certainty, ObjectRef, Prediction } from "../model.js";
import type { SectionRedaction } from "../section/section-redaction.js";
import type { SilentCode } from "../silent-behaviours.js";
import type { Owners } from "./duplicates.js";
import type { EnrollmentContexts } from "./enrollment-contexts.js";
import type { EnrollmentKeys } from "./enrollment-keys.js";
import type { References } from "./references.js";

/** What a row check reads a row with: the header's column numbers, found as Canvas finds them when it reads rows. */
export class Header {
  /** Lower-cased but not trimmed: Canvas trims header names only when it decides the file's kind. */
  readonly names: readonly string[];

  constructor(cells: readonly string[]) {
    this.names = cells.map((cell) => cell.toLowerCase());
  }

  /** The column's number, or -1 (then every row reads it as empty). The first of duplicate names wins. */
  index(name: string): number {
    return this.names.indexOf(name);
  }

  /** The numbers of several columns at once, by name. */
  columns<Name extends string>(names: readonly Name[]): Record<Name, number> {
    return Object.fromEntries(names.map((name) => [name, this.index(name)])) as Record<Name, number>;
  }
}

/** A cell's value as Canvas's importer sees it: trimmed, and "" when blank or missing. */
export function cell(fields: readonly string[], index: number): string {
  if (index < 0) return "";
  const value = fields[index];
  if (value === undefined || value.length === 0) return "";
  return value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32 ? value : value.trim();
}

/** Everything a file's checks share with the run: the id tables, deferred references, enrollment keys, the sink. */
export interface CheckContext {
  readonly file: number;
  readonly type: CsvType;
  readonly tables: ObjectTables;
  readonly references: References;
  readonly enrollments: EnrollmentKeys;
  readonly contexts: EnrollmentContexts;
  readonly owners: Owners;
  /** Accounts' parents as accounts.csv gives them, for loops. */
  readonly parents: GrowableInts;
  /** When the run redacts: every person users.csv names gets pseudonyms, wherever the report later quotes them. */
  readonly redaction: SectionRedaction | null;
  predict(prediction: Prediction): void;
}

/** Compiles a file's row check from its header, once per file. */
export type RowCheckFactory = (header: Header, context: CheckContext) => RowCheck;

/** A row check compiled for one file's header: called for every data row with Canvas's row number. */
export type RowCheck = (fields: readonly string[], row: number) => void;

/** A prediction of the catalog entry `entryId` (its id without the `canvas-sis-import-` prefix). */
export function expect(
  entry: string,
  row: number | null,
  captures: Record<string, string>,
  objects: readonly ObjectRef[] = [],
  certainty: Certainty = "certain",
): Prediction {
  return { entryId: `canvas-sis-import-${entry}`, silent: null, certainty, row, captures, objects };
}

/** A prediction of something Canvas does without a message. */
export function silently(
  code: SilentCode,
  row: number | null,
  captures: Record<string, string>,
  objects: readonly ObjectRef[] = [],
  certainty: Certainty = "certain",
): Prediction {
  return { entryId: null, silent: code, certainty, row, captures, objects };
}
