import type { LogRecord } from "../records/log-record.js";

/** Who the record's own student is: their id and name, and the other ids the export carries (SIS id, login, email). */
export type OwnStudent = Pick<LogRecord, "studentId" | "studentName" | "studentOtherIds">;

/**
 * The placeholder for the record's own student in a template. Like maskMessage's placeholders it holds no digit,
 * quote or `@`, so masking a template that holds it gives the template back.
 */
export const OWN_STUDENT = "<student>";

/**
 * Shorter names and ids (a two-digit id, a nickname) would stand for parts of ordinary numbers and words: a score of
 * 12 is not student 12.
 */
const MIN_LENGTH = 3;

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Characters that join the words around them into one token (an email, a dotted or dashed id). */
const JOINERS = ".+-@";

/**
 * The message with the record's own student (their name, their id, their other ids) replaced by `<student>` wherever
 * it stands as a whole token, so an error that quotes each student's own name ("Could not post score for Mary
 * Smith") or login makes one template for all of them, not one per student. Another student the message names is
 * left to the masks: only the record says who its own student is. Called for every error no entry explains: a
 * message that holds none of the values (the usual case) costs one `includes` per value and is returned as it is.
 */
export function maskOwnStudent(message: string, student: OwnStudent): string {
  const { studentName: name, studentId: id, studentOtherIds: others } = student;
  // Longest first: a name that holds the id ("Lee 1234" and "1234") is replaced whole.
  if (others !== undefined) return maskLongestFirst(message, [name, id, ...others]);
  if ((id?.length ?? 0) > (name?.length ?? 0)) return maskValue(maskValue(message, id), name);
  return maskValue(maskValue(message, name), id);
}

/** Only for the records that carry other ids: the list is made and sorted for them alone. */
function maskLongestFirst(message: string, values: (string | undefined)[]): string {
  const present = values.filter((value): value is string => value !== undefined && message.includes(value));
  if (present.length === 0) return message;
  let masked = message;
  for (const value of present.sort((a, b) => b.length - a.length)) masked = maskValue(masked, value);
  return masked;
}

function maskValue(text: string, value: string | undefined): string {
  return value === undefined || value.length < MIN_LENGTH || !text.includes(value) ? text : replaceTokens(text, value);
}

/** Every occurrence of `value` that is a whole token (not part of a longer word, number, email or id) replaced. */
function replaceTokens(text: string, value: string): string {
  let out = "";
  let copied = 0;
  let at = text.indexOf(value);
  while (at >= 0) {
    if (startsToken(text, at) && endsToken(text, at + value.length)) {
      out += text.slice(copied, at) + OWN_STUDENT;
      copied = at + value.length;
      at = text.indexOf(value, copied);
    } else at = text.indexOf(value, at + 1);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function startsToken(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text[at - 1] as string;
  if (WORD_CHAR.test(before) || before === "@") return false;
  // `a.1234`, `x-1234`: a joiner after a word character makes them one token with the value.
  return !JOINERS.includes(before) || at < 2 || !WORD_CHAR.test(text[at - 2] as string);
}

function endsToken(text: string, end: number): boolean {
  if (end === text.length) return true;
  const after = text[end] as string;
  if (WORD_CHAR.test(after) || after === "@") return false;
  // A full stop that ends a sentence ends the token; `1234.5` and `1234-07` go on.
  return !JOINERS.includes(after) || end + 1 >= text.length || !WORD_CHAR.test(text[end + 1] as string);
}
