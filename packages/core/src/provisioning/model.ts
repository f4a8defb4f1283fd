import { type FindingHint, ObjectKindName } from "../report/provisioning-schema.js";
import type { CsvType } from "./csv/csv-types.js";
import type { SilentCode } from "./silent-behaviours.js";

/** The kinds of object an SIS import provisions, which findings are about and passback findings link to. */
export const OBJECT_KINDS = ObjectKindName.options;
export type ObjectKind = ObjectKindName;

/** One object a finding touches: its kind and its number in the run's table of that kind. */
export type ObjectRef = readonly [kind: ObjectKind, at: number];

/** How sure an offline prediction is: certain, or only unless Canvas already holds the object from an earlier import. */
export type Certainty = "certain" | "possible";

/**
 * What an offline check expects Canvas to do with a row (or a whole file): the catalog entry of the message Canvas
 * will write, or a silent behaviour (Canvas does something without a word). Rows are numbered as Canvas numbers them.
 */
export interface Prediction {
  entryId: string | null;
  silent: SilentCode | null;
  certainty: Certainty;
  /** Canvas's row number (the header is 1), or null for the file as a whole. */
  row: number | null;
  /** The message's variable parts, named as the entry's captures. */
  captures: Readonly<Record<string, string>>;
  objects: readonly ObjectRef[];
  /**
   * The person it names is what is wrong (a user not found), so every course of theirs fails, not only the course
   * of the row it was made from: a passback error of theirs links to it in any course.
   */
  aboutPerson?: true;
  /**
   * The users of the prediction's other rows, each with how many of them they have, when one prediction stands for
   * many rows (a section not found): each is as affected as the user of the row it was made from.
   */
  people?: readonly (readonly [user: number, rows: number])[];
  /**
   * People it names only as holding what the row asked for (the user whose login_id or integration_id another row
   * wanted): their own row went in, so they are objects of the finding, but their errors are not linked to it.
   */
  holders?: readonly ObjectRef[];
  /** The causes behind the message, when the file shows them (a header separated by semicolons, Excel's sep= line). */
  hints?: readonly FindingHint[];
}

/** A message Canvas wrote about an import: a line of its errors file, of the errors API, or of the import's JSON. */
export interface ReportedMessage {
  importId: string | null;
  /** The file it is about as Canvas names it (an attachment's name, or a path inside the zip), or null. */
  file: string | null;
  /** Canvas's row (the header is 1), or null for file- and batch-level messages. */
  row: number | null;
  message: string;
  /** True when Canvas stored it as a failure ("Errors that prevent importing"), false as a warning, null unknown. */
  failure: boolean | null;
  /** Where it was read: the input's name and its line (or item) there. */
  source: string;
  line: number;
}

/** An import file's kind and how its header decided it. */
export interface FileKind {
  type: CsvType | null;
  /** Set when an extra column makes Canvas read the file as another kind than it looks meant as. */
  readAs: { meant: CsvType; column: string | null } | null;
}
