import type { MatchResult } from "../match/match-message.js";
import type { SectionRedaction } from "../provisioning/section/section-redaction.js";
import type { LogRecord } from "../records/log-record.js";
import type { StreamedReport } from "../report/streamed-report.js";
import { provisioningPseudonyms } from "./provisioning-pseudonyms.js";
import { KnownScrubber, replaceLongestFirst } from "./scrub-known.js";

const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** A value that is one email address as a whole, as `EMAIL` finds them in texts. */
const EMAIL_VALUE = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
/** Captures with these names hold a student's identity (e.g. PowerSchool's `Student.id [n]`). */
const STUDENT_CAPTURE = /student|user|email|login/i;

export interface Redactor {
  /**
   * A copy of the record (and its match) with its student's name and id replaced by pseudonyms anywhere in it, and
   * so every email and every student id and name seen so far in the run: a name first seen in a later record is not
   * known yet (the finished report is scrubbed of it).
   */
  redact(record: LogRecord, match: MatchResult | null): { record: LogRecord; match: MatchResult | null };
  /**
   * The finished report with every student id and name seen anywhere in the run replaced, wherever it appears:
   * a record only knows its own student, but another student's name can sit in its message or course name.
   * Groups still to be built are scrubbed as they are read.
   */
  scrubReport(report: StreamedReport): StreamedReport;
  /** Pseudonyms for the provisioning section (SIS import CSVs and messages), numbered with the students'. */
  provisioning(): SectionRedaction;
}

/**
 * Stable pseudonyms for one run: one number per student as the report tells students apart (by id, and by name only
 * when a record has no id), so groups, counts of distinct students and resolution are the same with and without
 * redaction. Two students who share a name keep two numbers.
 */
export function createRedactor(): Redactor {
  const numbers = new Map<string, number>();
  const emails = new Map<string, string>();
  /** Every original id and name seen so far, with its pseudonym: for each record, and the final pass over the report. */
  const known = new KnownScrubber();
  let students = 0;

  /** One number per student key: the id, or the name of a record without one (an id in a message is an id). */
  const numberFor = (key: string): number => {
    let n = numbers.get(key);
    if (n === undefined) {
      n = ++students;
      numbers.set(key, n);
    }
    return n;
  };
  /** "0001" for 1: made once per student, not once per record. */
  const padded: string[] = [];
  const pad = (n: number) => {
    let text = padded[n];
    if (text === undefined) {
      text = String(n).padStart(4, "0");
      padded[n] = text;
    }
    return text;
  };
  const emailFor = (email: string) => {
    const known = emails.get(email.toLowerCase());
    if (known) return known;
    const pseudonym = `user-${pad(emails.size + 1)}@redacted.invalid`;
    emails.set(email.toLowerCase(), pseudonym);
    return pseudonym;
  };

  /** Each of the student's other ids replaced by their pseudonym (an email by its own), once each, noted for texts. */
  const otherIdPseudonyms = (others: readonly string[], pseudonym: string, replacements: Map<string, string>) => {
    const pseudonyms: string[] = [];
    for (const other of others) {
      const replacement = EMAIL_VALUE.test(other) ? emailFor(other) : pseudonym;
      replacements.set(other, replacement);
      if (!pseudonyms.includes(replacement)) pseudonyms.push(replacement);
    }
    return pseudonyms;
  };

  return {
    redact(record, match) {
      const replacements = new Map<string, string>();
      const key = studentKey(record);
      const copy: LogRecord = { ...record };
      const others = record.studentOtherIds;
      let n = 0;
      if (key !== undefined) {
        n = numberFor(key);
        if (record.studentId) {
          copy.studentId = `student-${pad(n)}`;
          replacements.set(record.studentId, copy.studentId);
        }
        if (record.studentName) {
          copy.studentName = `Student ${pad(n)}`;
          replacements.set(record.studentName, copy.studentName);
        }
        // The student's SIS id, login or email in a message ("required for student 11223") is theirs: it takes
        // their pseudonym (an email, an email's), and the copy keeps those so the `<student>` mask finds them.
        if (others !== undefined) copy.studentOtherIds = otherIdPseudonyms(others, `student-${pad(n)}`, replacements);
      }
      const captures = match ? { ...match.captures } : undefined;
      const isStudent = (name: string, value: string) => STUDENT_CAPTURE.test(name) && value !== "";
      for (const [name, value] of Object.entries(captures ?? {})) {
        if (!isStudent(name, value)) continue;
        const own = others?.includes(value) === true;
        const pseudonym = `student-${pad(own ? n : numberFor(value))}`;
        replacements.set(value, pseudonym);
        (captures as Record<string, string>)[name] = pseudonym;
      }
      for (const [original, pseudonym] of replacements) known.add(original, pseudonym);
      // This record's own student anywhere in a text, then everyone seen so far as whole words.
      const clean = (text: string) => known.scrub(scrub(text, replacements, emailFor));
      for (const [name, value] of Object.entries(captures ?? {})) {
        if (!isStudent(name, value)) (captures as Record<string, string>)[name] = clean(value);
      }
      for (const field of ["message", "courseName", "assignmentName", "section", "teacher"] as const) {
        const value = copy[field];
        if (value !== undefined) copy[field] = clean(value);
      }
      return { record: copy, match: match && captures ? { ...match, captures } : match };
    },
    provisioning() {
      const remember = (original: string, pseudonym: string) => known.add(original, pseudonym);
      const nameFor = (n: number) => `Student ${pad(n)}`;
      return provisioningPseudonyms({ numberFor, pad, emailFor, remember, nameFor });
    },
    scrubReport(report) {
      return mapStrings(report, (text) => known.scrub(replaceEmails(text, emailFor))) as StreamedReport;
    },
  };
}

/**
 * The student a record is about, keyed as the aggregation's student table keys them: the id, else the name; a record
 * with neither but another id (a login) is numbered by that.
 */
function studentKey(record: LogRecord): string | undefined {
  return record.studentId || record.studentName || record.studentOtherIds?.find((id) => id !== "") || undefined;
}

function* mapLazily(items: Iterable<unknown>, map: (text: string) => string): Generator<unknown> {
  for (const item of items) yield mapStrings(item, map);
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return value !== null && typeof value === "object" && Symbol.iterator in value;
}

/**
 * A deep copy of plain JSON-like data with every string (keys included) passed through `map`; sequences not yet
 * produced (a streamed report's groups) are mapped as they are read.
 */
function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (isIterable(value)) return mapLazily(value, map);
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[map(key)] = mapStrings(item, map);
    return copy;
  }
  return value;
}

/** Every email address in the text replaced by its pseudonym; a text without an "@" holds none. */
function replaceEmails(text: string, emailFor: (email: string) => string): string {
  return text.indexOf("@") < 0 ? text : text.replace(EMAIL, emailFor);
}

/**
 * Emails first, then this record's originals, longest first (a full name before a part that is someone's id).
 * Most texts hold neither, and the originals are looked for before anything is copied.
 */
function scrub(text: string, replacements: ReadonlyMap<string, string>, emailFor: (email: string) => string): string {
  const mailed = replaceEmails(text, emailFor);
  for (const original of replacements.keys()) {
    if (original.length > 0 && mailed.includes(original)) {
      const originals = [...replacements.keys()].filter((known) => known.length > 0);
      return replaceLongestFirst(mailed, originals, replacements);
    }
  }
  return mailed;
}
