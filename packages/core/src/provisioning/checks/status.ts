import type { CsvType } from "../csv/csv-types.js";

/** What Canvas makes of a row's status. */
export type StatusVerdict = "ok" | "missing" | "improper" | "kept";

interface StatusRule {
  /** Most files match the start of the value, case-insensitively (`Active` and `actively` pass); some the whole. */
  accepted: RegExp;
  /** An empty status: its own message (`missing`), or the improper-status message with "" in it. */
  empty: "missing" | "improper";
  /** Only this exact word deletes; a status that passes the check but is not it leaves the object as it was. */
  deletesOnly?: string;
}

/** Each file's status rule as its importer checks it (canvas-lms lib/sis/*_importer.rb). */
const RULES: Partial<Record<CsvType, StatusRule>> = {
  user: { accepted: /^(active|suspended|deleted)/i, empty: "missing" },
  account: { accepted: /^(active|deleted)/i, empty: "improper" },
  term: { accepted: /^(active|deleted)/i, empty: "improper" },
  abstract_course: { accepted: /^(active|deleted)/i, empty: "improper" },
  course: { accepted: /^(active|deleted|completed|unpublished|published)/i, empty: "improper" },
  section: { accepted: /^(active|deleted)/i, empty: "improper" },
  xlist: { accepted: /^(active|deleted)$/i, empty: "improper" },
  enrollment: { accepted: /^(active|deleted|completed|inactive)/i, empty: "improper" },
  admin: { accepted: /^(active|deleted)$/i, empty: "missing" },
  group_category: { accepted: /^(active|deleted)/i, empty: "missing" },
  group: { accepted: /^(available|closed|completed|deleted)/i, empty: "improper", deletesOnly: "deleted" },
  group_membership: { accepted: /^(accepted|deleted)/i, empty: "improper" },
  user_observer: { accepted: /^(active|deleted)$/i, empty: "improper" },
};

/** The verdict on a (trimmed) status value of a row of `type`; "ok" for kinds without a status. */
export function statusVerdict(type: CsvType, status: string): StatusVerdict {
  const rule = RULES[type];
  if (rule === undefined) return "ok";
  if (status === "") return rule.empty;
  if (!rule.accepted.test(status)) return "improper";
  if (rule.deletesOnly !== undefined && status !== rule.deletesOnly && status.toLowerCase() === rule.deletesOnly) {
    return "kept";
  }
  return "ok";
}

/** Whether a status Canvas accepts makes the object (or enrollment) active: what counts for overlaps. */
export function isActiveStatus(status: string): boolean {
  return /^active/i.test(status);
}

/** Whether the status deletes (users: the login and, with it, the user's enrollments). */
export function isDeletedStatus(status: string): boolean {
  return /^deleted/i.test(status);
}
