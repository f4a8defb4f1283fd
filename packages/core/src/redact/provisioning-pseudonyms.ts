import type { PersonalKind, SectionRedaction } from "../provisioning/section/section-redaction.js";

/** What the redactor lends the provisioning section: its numbering of people, its emails, its record of originals. */
export interface RedactorParts {
  /** The person's number for a student key (the SIS user id, as passback records key students), or a new one. */
  numberFor(key: string): number;
  pad(n: number): string;
  emailFor(email: string): string;
  /** Notes an original and its pseudonym, so the final pass replaces it wherever else it appears. */
  remember(original: string, pseudonym: string): void;
  /** The pseudonym of a student's name: the passback half's for the same number. */
  nameFor(n: number): string;
}

const EMAIL = /^[^@\s]+@[^@\s]+$/;

/**
 * Pseudonyms for what the provisioning CSVs and Canvas's messages say of people: a user's SIS id gets the number the
 * same id gets in the passback half (`student-0001`), so a redacted report still links a passback finding to the
 * provisioning finding of the same student; a login id its own (`login-0001`, or an email pseudonym when it is an
 * address); an email its email pseudonym.
 */
export function provisioningPseudonyms(parts: RedactorParts): SectionRedaction {
  const logins = new Map<string, string>();
  return {
    person(userId, login, email, names) {
      if (userId === "") return;
      this.pseudonym("user", userId);
      this.pseudonym("login", login);
      this.pseudonym("email", email);
      const name = parts.nameFor(parts.numberFor(userId));
      for (const original of names) if (original !== "") parts.remember(original, name);
    },
    pseudonym(kind: PersonalKind, original: string): string {
      if (original === "") return original;
      let pseudonym: string;
      if (kind === "email" || (kind === "login" && EMAIL.test(original))) pseudonym = parts.emailFor(original);
      else if (kind === "login") {
        const key = original.toLowerCase();
        pseudonym = logins.get(key) ?? `login-${parts.pad(logins.size + 1)}`;
        logins.set(key, pseudonym);
      } else pseudonym = `student-${parts.pad(parts.numberFor(original))}`;
      parts.remember(original, pseudonym);
      return pseudonym;
    },
  };
}
