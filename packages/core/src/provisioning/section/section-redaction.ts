/** What a personal value is: a user's SIS id, a login id, or an email address. */
export type PersonalKind = "user" | "login" | "email";

/**
 * How the provisioning section replaces what identifies a person (user and login ids, emails in captures), given
 * by the analysis when the run redacts: the same pseudonyms as the passback half, so links still line up.
 */
export interface SectionRedaction {
  pseudonym(kind: PersonalKind, original: string): string;
  /**
   * A person of users.csv: their id, login, email and full names get their pseudonyms now, so the final pass
   * replaces them wherever the report quotes them (a passback message naming "xia.s (Xiadani Solano)"), not only
   * where a finding names the user.
   */
  person(userId: string, login: string, email: string, names: readonly string[]): void;
}

/** The kind of person-identifying value a capture holds, by its name. */
export const PERSONAL_CAPTURES: Readonly<Record<string, PersonalKind>> = {
  userId: "user",
  existingId: "user",
  observerId: "user",
  studentId: "user",
  associatedUserId: "user",
  canvasUserId: "user",
  loginId: "login",
  email: "email",
};

/** The text with each personal value replaced by its pseudonym, longest value first. */
export function redactText(
  text: string,
  personal: readonly (readonly [PersonalKind, string])[],
  redaction: SectionRedaction,
): string {
  let out = text;
  for (const [kind, value] of personal) {
    if (value.length > 0 && out.includes(value)) out = out.split(value).join(redaction.pseudonym(kind, value));
  }
  return out;
}
