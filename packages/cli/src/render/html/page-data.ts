/**
 * The data embedded in the page for its script (types only: the page script and the payload builder share them).
 * A district's report has tens of thousands of findings, so findings use short keys and repeated texts (students,
 * messages, sources) are stored once in `texts` and named by index. Every text is already shortened and has its
 * direction controls made visible; the script puts it in the page as text, never as markup. Fields of a finding
 * that hold their usual value (no template, no HTTP status, severity error, nothing to escalate…) are left out.
 */
export interface PageData {
  texts: string[];
  entries: PageEntry[];
  /** Distinct fix texts per actor; findings name one by index. */
  fixes: PageFix[];
  courses: PageCourse[];
  labels: {
    actors: Record<string, string>;
    escalationItems: Record<string, string>;
  };
  /** Most affected users embedded per finding; the finding says how many it has in all. */
  userLimit: number;
}

export type PageFix = Partial<Record<string, string[]>>;

export interface PageEntry {
  id: string;
  sis: string;
  title: string;
  meaning: string | null;
  /** Whether the entry's message text was seen in a source (verified) or written from a title (inferred). */
  wording: "verified" | "inferred" | null;
}

export interface PageCourse {
  id: string | null;
  name: string | null;
  /** Canvas course URL (http or https only). */
  url: string | null;
  /** Its element id, for links to the course. */
  anchor: string;
  teacher: string | null;
  /** Where its escalation note is in the notes text: [start, length] in UTF-16 code units. */
  note: [number, number];
  assignments: PageAssignment[];
}

export interface PageAssignment {
  id: string | null;
  name: string | null;
  sis: string | null;
  findings: PageFinding[];
}

/** An affected user: name and id (text index or -1), last error (minutes since 1970, or null), resolved (1/0). */
export type PageUser = [name: number, id: number, lastError: number | null, resolved: 0 | 1];

/** An example: line, source (text index or -1), message (text index), student (text index or -1). */
export type PageExample = [line: number, source: number, message: number, student: number];

export interface PageFinding {
  /** Entry index, or -1 when no entry explains the error. */
  e: number;
  /** Masked template of an unexplained error. */
  t?: string;
  /** Severity, when not "error". */
  s?: string;
  /** Who acts first (an actor key). */
  a?: string;
  /** HTTP status. */
  h?: number;
  /** Count of records. */
  c: number;
  /** Distinct students. */
  n: number;
  /** First and last seen, minutes since 1970 (UTC). */
  f: number | null;
  l: number | null;
  /** Resolved: 1, unresolved: 0. */
  r: 0 | 1;
  /** Fix index, or -1. */
  x: number;
  /** Escalation: to whom (actor key) and what to collect, when one is needed. */
  z?: { to: string | null; collect: string[] };
  /** Capture values: [name, values, more]. */
  k?: [string, string[], boolean][];
  /** Other entries whose pattern matches too. */
  o?: string[];
  /** For an unexplained error that entries of an SIS the log does not name match: which, and to pass --sis. */
  p?: string;
  u: PageUser[];
  m: PageExample[];
}
