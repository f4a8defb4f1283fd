import { z } from "zod";

/** The people who can act on a grade passback failure, in the order support usually reaches them. */
export const Actor = z.enum(["teacher", "canvasAdmin", "sisAdmin", "vendor"]);
export type Actor = z.infer<typeof Actor>;

export const Severity = z.enum(["error", "warning"]);
export type Severity = z.infer<typeof Severity>;

/**
 * SIS slugs: fixed lower-case words. `canvas` is for Canvas's own messages, whatever the SIS; `generic` for wordings
 * no single system owns (a bare HTTP 500, an expired token, a timeout), whose fix starts by finding out who answered.
 */
export const SisSlug = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, "a lower-case slug such as aspen or infinite-campus");

/** What an escalation must carry; support practice asks for specific examples, never a vague description. */
export const EscalationItem = z.enum([
  "affected-users",
  "course-url",
  "assignment-names",
  "error-text",
  "timestamps",
  "sis-screenshot",
  "sis-ids",
]);
export type EscalationItem = z.infer<typeof EscalationItem>;

/** The two halves of an SIS integration: grade passback, and provisioning (SIS Imports). */
export const Domain = z.enum(["passback", "provisioning"]);
export type Domain = z.infer<typeof Domain>;

/** The slug of entries whose wording belongs to no single system. */
export const GENERIC_SIS = "generic";

/**
 * What a provisioning problem can break that grade passback relies on: the roster (who is enrolled where, under
 * which ids) or the dates (terms, grading periods). A passback error is linked to a provisioning problem as its
 * cause only when it can come from what that problem breaks.
 */
export const PASSBACK_EFFECTS = ["roster", "dates"] as const;
export const PassbackEffect = z.enum(PASSBACK_EFFECTS);
export type PassbackEffect = z.infer<typeof PassbackEffect>;

/** Fix steps per actor as a report carries them, with a finding's captures filled in. */
export const RenderedFix = z.object({
  teacher: z.array(z.string()).optional(),
  canvasAdmin: z.array(z.string()).optional(),
  sisAdmin: z.array(z.string()).optional(),
  vendor: z.array(z.string()).optional(),
});
export type RenderedFix = z.infer<typeof RenderedFix>;

const Text = z.string().trim().min(1);
const Steps = z.array(Text).min(1);

export const CatalogEntry = z
  .object({
    $schema: z.string().optional(),
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a kebab-case id; it is stable and never reused")
      .describe("Stable identifier, equal to the file name without .json; never reused."),
    sis: SisSlug.describe("SIS slug; `canvas` for Canvas's own messages, `generic` for wordings no system owns."),
    domain: Domain.default("passback").describe("passback (Grade Sync) or provisioning (SIS Import) messages."),
    identifiesSis: z
      .boolean()
      .describe(
        "True when the wording alone names the SIS (a term, class or format only it uses); false when other systems " +
          "could say the same words. An entry that does not identify its SIS is claimed only when the record, the " +
          "run (--sis) or the input names that SIS; `generic` entries are always false.",
      ),
    title: Text.describe(
      "Short title. For entries of Canvas's SIS Error Code Dictionary, exactly the title published there.",
    ),
    match: z
      .object({
        pattern: Text.describe("JavaScript regular expression source; named groups capture the variable parts."),
        flags: z
          .string()
          .regex(/^[imsu]*$/, "only the flags i, m, s and u")
          .default("i")
          .describe("Regex flags; `i` by default."),
        literal: z
          .string()
          .min(4)
          .describe("Text every matching message contains (compared case-insensitively); the prefilter keys on it."),
        captures: z
          .array(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/))
          .default([])
          .describe("Names of the pattern's named groups."),
        httpStatus: z.number().int().min(100).max(599).optional().describe("HTTP status the SIS answers with."),
      })
      .strict(),
    provisioningCause: z
      .union([z.boolean(), z.array(PassbackEffect).min(1)])
      .optional()
      .describe(
        "For a passback entry: which SIS import problems can cause this error, by what they break (see `affects`). " +
          "true for any; false for none: a failure of the transport, the credentials or the server (HTTP 401 and " +
          "5xx, expired tokens, timeouts, rate limits, an HTML page for JSON), or of the assignment or score " +
          "itself (a grading category, a name too long). A finding is linked to a provisioning finding as its " +
          "cause only when the two share what is broken. Unexplained errors can be caused by any.",
      ),
    affects: z
      .array(PassbackEffect)
      .optional()
      .describe(
        "For a provisioning entry: what the problem breaks that grade passback relies on. `roster` when a user, " +
          "enrollment, section or course is missing, removed or known by another id than the SIS's; `dates` when " +
          "a term or a date is not applied. Empty when nothing passback relies on changes (groups, admins, " +
          "observers, names). Absent means either.",
      ),
    level: z.enum(["assignment", "submission", "any"]).default("any"),
    meaning: Text.describe("What the error means, in plain words for support staff."),
    fix: z
      .object({
        teacher: Steps.optional(),
        canvasAdmin: Steps.optional(),
        sisAdmin: Steps.optional(),
        vendor: Steps.optional(),
      })
      .strict()
      .refine((fix) => Object.keys(fix).length > 0, "at least one actor needs fix steps")
      .describe("Fix steps per actor; `{name}` inserts a capture."),
    actsFirst: Actor.describe("Who should act first."),
    severity: Severity,
    escalation: z
      .object({
        needed: z.boolean(),
        to: Actor.optional(),
        collect: z.array(EscalationItem).default([]),
      })
      .strict(),
    provenance: z
      .object({
        message: z
          .enum(["verified", "inferred"])
          .describe("verified: the message text was seen in a source; inferred: written from a title or an API."),
        dictionary: z.boolean().default(false).describe("Listed in Canvas's SIS Error Code Dictionary."),
        source: z.url().describe("Where the message or the title was found."),
        evidence: z.array(z.url()).default([]),
        notes: z.string().optional(),
      })
      .strict(),
    samples: z
      .object({
        match: z
          .array(z.object({ line: Text, captures: z.record(z.string(), z.string()).default({}) }).strict())
          .min(1),
        noMatch: z.array(Text).min(1),
      })
      .strict(),
  })
  .strict()
  .refine((entry) => entry.sis !== GENERIC_SIS || !entry.identifiesSis, {
    message: "a generic entry's wording names no SIS: identifiesSis must be false",
    path: ["identifiesSis"],
  })
  .refine((entry) => entry.domain === "passback" || entry.provisioningCause === undefined, {
    message: "provisioningCause is for passback entries; a provisioning entry says what it breaks in affects",
    path: ["provisioningCause"],
  })
  .refine((entry) => entry.domain === "provisioning" || entry.affects === undefined, {
    message: "affects is for provisioning entries; a passback entry says what can cause it in provisioningCause",
    path: ["affects"],
  });

/** The effects a passback entry's error can come from: all when it does not say, none when it says false. */
export function causedBy(entry: Pick<CatalogEntry, "provisioningCause">): readonly PassbackEffect[] {
  const cause = entry.provisioningCause ?? true;
  return cause === true ? PASSBACK_EFFECTS : cause === false ? [] : cause;
}

/** What a provisioning entry's problem breaks: either, when it does not say. */
export function effectsOf(entry: Pick<CatalogEntry, "affects">): readonly PassbackEffect[] {
  return entry.affects ?? PASSBACK_EFFECTS;
}

export type CatalogEntry = z.infer<typeof CatalogEntry>;
export type CatalogEntryInput = z.input<typeof CatalogEntry>;

/** A loaded catalog: its semver version and its entries, in id order. */
export interface Catalog {
  version: string;
  entries: CatalogEntry[];
}
