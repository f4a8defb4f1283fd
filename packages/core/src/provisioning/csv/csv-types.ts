/**
 * The kinds of CSV an SIS import reads, in the order Canvas tries them (canvas-lms `SIS::CSV::ImportRefactored`
 * IMPORTERS with each importer's `*_csv?` header predicate): a file is the first kind whose header signature its
 * header row has. The file's name plays no part.
 */
export const CSV_TYPES = [
  "change_sis_id",
  "account",
  "term",
  "abstract_course",
  "course",
  "section",
  "xlist",
  "user",
  "login",
  "enrollment",
  "admin",
  "group_category",
  "group",
  "group_membership",
  "grade_publishing_results",
  "user_observer",
] as const;
export type CsvType = (typeof CSV_TYPES)[number];

const EXISTING_USER = ["existing_user_id", "existing_integration_id", "existing_canvas_user_id"];

/** Each kind's header signature: the columns (lower-cased, trimmed) a header must have for Canvas to pick it. */
const SIGNATURES = {
  change_sis_id: (h) => h.has("old_id") || h.has("old_integration_id"),
  account: (h) => h.has("account_id") && h.has("parent_account_id"),
  term: (h) => h.has("term_id") && h.has("name"),
  abstract_course: (h) => h.has("abstract_course_id") && h.has("short_name") && !h.has("course_id"),
  course: (h) => h.has("course_id") && h.has("short_name"),
  section: (h) => h.has("section_id") && h.has("name"),
  xlist: (h) => h.has("xlist_course_id") && h.has("section_id"),
  user: (h) => h.has("user_id") && h.has("login_id") && !EXISTING_USER.some((column) => h.has(column)),
  login: (h) => EXISTING_USER.some((column) => h.has(column)),
  enrollment: (h) => (h.has("section_id") || h.has("course_id")) && (h.has("user_id") || h.has("user_integration_id")),
  admin: (h) => h.has("account_id") && h.has("user_id"),
  group_category: (h) => h.has("group_category_id") && h.has("category_name"),
  group: (h) => h.has("group_id") && h.has("name"),
  group_membership: (h) => h.has("group_id") && h.has("user_id"),
  grade_publishing_results: (h) => h.has("enrollment_id") && h.has("grade_publishing_status"),
  user_observer: (h) => h.has("observer_id") && h.has("student_id"),
} satisfies Record<CsvType, (header: ReadonlySet<string>) => boolean>;

/** The key of `data.counts` in an import's JSON that counts the rows Canvas processed of each kind. */
export const COUNT_KEYS = {
  change_sis_id: "change_sis_ids",
  account: "accounts",
  term: "terms",
  abstract_course: "abstract_courses",
  course: "courses",
  section: "sections",
  xlist: "xlists",
  user: "users",
  login: "logins",
  enrollment: "enrollments",
  admin: "admins",
  group_category: "group_categories",
  group: "groups",
  group_membership: "group_memberships",
  grade_publishing_results: "grade_publishing_results",
  user_observer: "user_observers",
} as const satisfies Record<CsvType, string>;

/** The file name Canvas's documentation gives each kind (what a person means by "the users file"). */
export const FILE_NAMES = {
  change_sis_id: "change_sis_id.csv",
  account: "accounts.csv",
  term: "terms.csv",
  abstract_course: "abstract_courses.csv",
  course: "courses.csv",
  section: "sections.csv",
  xlist: "xlists.csv",
  user: "users.csv",
  login: "logins.csv",
  enrollment: "enrollments.csv",
  admin: "admins.csv",
  group_category: "group_categories.csv",
  group: "groups.csv",
  group_membership: "group_memberships.csv",
  grade_publishing_results: "grade_publishing_results.csv",
  user_observer: "user_observers.csv",
} as const satisfies Record<CsvType, string>;

/** The kind Canvas reads a header as: the first whose signature matches, or null ("Couldn't find … headers"). */
export function csvTypeOf(header: ReadonlySet<string>): CsvType | null {
  for (const type of CSV_TYPES) if (SIGNATURES[type](header)) return type;
  return null;
}

/** Name stems people give each kind's file, for saying that a file named like one kind is read as another. */
const NAME_STEMS: readonly [RegExp, CsvType][] = [
  [/change_?sis_?ids?/, "change_sis_id"],
  [/abstract_?courses?/, "abstract_course"],
  [/group_?categor(y|ies)/, "group_category"],
  [/group_?members(hips?)?|groups_?memberships?/, "group_membership"],
  [/grade_?publishing/, "grade_publishing_results"],
  [/(user_?)?observers?/, "user_observer"],
  [/xlists?|cross_?list/, "xlist"],
  [/enrol?lments?/, "enrollment"],
  [/admins?/, "admin"],
  [/logins?/, "login"],
  [/users?/, "user"],
  [/accounts?/, "account"],
  [/terms?/, "term"],
  [/courses?/, "course"],
  [/sections?/, "section"],
  [/groups?/, "group"],
];

/** The kind a file's base name suggests (`enrollments_2025.csv` → enrollment), or null. */
export function csvTypeNamed(fileName: string): CsvType | null {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).toLowerCase();
  for (const [stem, type] of NAME_STEMS) if (stem.test(base)) return type;
  return null;
}

/** Why a file is read as the kind it is when it looks meant as another: the column whose presence decides it. */
export interface ReadAsOther {
  readAs: CsvType;
  /** The kind the file looks meant as (by its name, or by the kind its header is without the column). */
  meant: CsvType;
  /** The column that makes Canvas pick `readAs`; null when the header alone does not say (only the name does). */
  column: string | null;
}

/**
 * Whether an extra column makes Canvas read the header as another kind than the file looks meant as: a courses file
 * with a `name` column is read as terms (terms come first), an enrollments file with `login_id` as users. A
 * column is the culprit when the header without it is the kind the file's name says (or, with no telling name, a
 * kind that Canvas tries later). Null when nothing suggests another kind.
 */
export function readAsOther(header: readonly string[], fileName: string | null): ReadAsOther | null {
  const columns = new Set(header);
  const readAs = csvTypeOf(columns);
  if (readAs === null) return null;
  const named = fileName === null ? null : csvTypeNamed(fileName);
  if (named === readAs) return null;
  for (const column of columns) {
    const without = new Set(columns);
    without.delete(column);
    const other = csvTypeOf(without);
    if (other === null || other === readAs) continue;
    if (named === null ? CSV_TYPES.indexOf(other) > CSV_TYPES.indexOf(readAs) : other === named) {
      return { readAs, meant: other, column };
    }
  }
  return named === null ? null : { readAs, meant: named, column: null };
}
