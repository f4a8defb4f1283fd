/** Canvas's built-in enrollment roles: `teacher`, `ta`, `observer`, `designer` whole, `student…` as a prefix. */
const BUILT_IN_ROLE = /^(teacher|ta|observer|designer|student.*)$/i;

/** The account role every admin row may use; any other role must be a custom one, named exactly. */
const ACCOUNT_ADMIN = "AccountAdmin";

export type RoleVerdict = "ok" | "missing" | "custom";

/**
 * An enrollment's role as Canvas resolves it: a built-in keyword, or else the exact name of a custom role of the
 * course's account, which the CSVs cannot show. A role_id is taken as given.
 */
export function enrollmentRoleVerdict(role: string, roleId: string): RoleVerdict {
  if (roleId !== "") return "ok";
  if (role === "") return "missing";
  return BUILT_IN_ROLE.test(role) ? "ok" : "custom";
}

/** The role's identity for finding repeated enrollments: built-in roles in lower case, custom roles as written. */
export function roleKey(role: string, roleId: string): string {
  if (roleId !== "") return `#${roleId}`;
  return BUILT_IN_ROLE.test(role) ? role.toLowerCase().replace(/^student.*$/, "student") : role;
}

/** An admin role that is AccountAdmin in another case: custom role names are case-sensitive, so Canvas refuses it. */
export function isMiscasedAdminRole(role: string): boolean {
  return role !== ACCOUNT_ADMIN && role.toLowerCase() === ACCOUNT_ADMIN.toLowerCase();
}
