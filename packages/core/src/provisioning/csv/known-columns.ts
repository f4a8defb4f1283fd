import type { CsvType } from "./csv-types.js";

/** The columns Canvas reads from each kind of file (its SIS CSV format documentation); others are ignored. */
export const KNOWN_COLUMNS = {
  change_sis_id: ["old_id", "new_id", "old_integration_id", "new_integration_id", "type"],
  account: ["account_id", "parent_account_id", "name", "status", "integration_id"],
  term: ["term_id", "name", "status", "integration_id", "start_date", "end_date", "date_override_enrollment_type"],
  abstract_course: ["abstract_course_id", "short_name", "long_name", "account_id", "term_id", "status"],
  course: [
    "course_id",
    "short_name",
    "long_name",
    "account_id",
    "term_id",
    "integration_id",
    "status",
    "start_date",
    "end_date",
    "course_format",
    "blueprint_course_id",
    "grade_passback_setting",
    "homeroom_course",
    "friendly_name",
    "fallback_account_id",
    "abstract_course_id",
  ],
  section: ["section_id", "course_id", "integration_id", "name", "status", "start_date", "end_date"],
  xlist: ["xlist_course_id", "section_id", "status"],
  user: [
    "user_id",
    "integration_id",
    "login_id",
    "password",
    "ssha_password",
    "authentication_provider_id",
    "first_name",
    "last_name",
    "full_name",
    "sortable_name",
    "short_name",
    "email",
    "pronouns",
    "declared_user_type",
    "canvas_password_notification",
    "home_account",
    "status",
  ],
  login: [
    "user_id",
    "integration_id",
    "login_id",
    "password",
    "ssha_password",
    "authentication_provider_id",
    "existing_user_id",
    "existing_integration_id",
    "existing_canvas_user_id",
    "root_account",
    "email",
  ],
  enrollment: [
    "course_id",
    "root_account",
    "start_date",
    "end_date",
    "user_id",
    "user_integration_id",
    "role",
    "role_id",
    "section_id",
    "status",
    "associated_user_id",
    "limit_section_privileges",
    "notify",
  ],
  admin: ["user_id", "account_id", "role_id", "role", "status", "root_account"],
  group_category: ["group_category_id", "account_id", "course_id", "category_name", "status"],
  group: ["group_id", "group_category_id", "account_id", "course_id", "name", "status"],
  group_membership: ["group_id", "user_id", "status"],
  grade_publishing_results: ["enrollment_id", "grade_publishing_status", "message"],
  user_observer: ["observer_id", "student_id", "status"],
} as const satisfies Record<CsvType, readonly string[]>;

/**
 * The known column of the kind that `column` most likely misspells (one edit away, two for names of seven letters
 * or more), or null. Columns of other meanings (a district's own extra columns) are far from every known name.
 */
export function misspeltColumn(type: CsvType, column: string, present: ReadonlySet<string>): string | null {
  const known: readonly string[] = KNOWN_COLUMNS[type];
  if (column.length < 4 || known.includes(column)) return null;
  let best: string | null = null;
  let bestDistance = column.length < 7 ? 2 : 3;
  for (const name of known) {
    if (present.has(name)) continue;
    const distance = editDistance(column.replace(/[\s-]+/g, "_"), name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, at) => at);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
