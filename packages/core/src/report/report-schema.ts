import { z } from "zod";
import { UNDECIDED_REASONS } from "../aggregate/aggregated.js";
import { Actor, EscalationItem, RenderedFix, Severity } from "../catalog/entry-schema.js";
import { DIAGNOSTIC_CODES } from "../diagnostics.js";
import { Cause, ProvisioningSection } from "./provisioning-schema.js";

/**
 * Bump on any breaking change to the report's shape; agents check it. 2: the provisioning section, causes, the
 * `entries` dictionary (what an entry says once, not per finding), empty fields left out, the `timeline`.
 */
export const REPORT_SCHEMA_VERSION = 2;

const Timestamp = z.string().nullable().describe("ISO 8601, or null when the log carries no timestamps");

export const EntryRef = z.object({
  id: z.string().describe("The key of the entry in the report's `entries`"),
  sis: z.string(),
  title: z.string(),
});

export const Wording = z
  .enum(["verified", "inferred"])
  .describe("verified: the entry's message text was seen in a source; inferred: written from a title or an API");
export type Wording = z.infer<typeof Wording>;

export const Fix = RenderedFix;
export type Fix = RenderedFix;

/** What a catalog entry says, once per report for every finding it explains. */
export const EntryInfo = z.object({
  sis: z.string(),
  title: z.string(),
  meaning: z.string().describe("What the error means, in plain words"),
  wording: Wording,
  severity: Severity,
  actsFirst: Actor.describe("Who should act first"),
  escalation: z.object({ needed: z.boolean(), to: Actor.nullable(), collect: z.array(EscalationItem) }),
  fix: Fix.describe(
    "Steps per actor; `{name}` stands for a value the message captures, filled in by a finding's own `fix`",
  ),
});
export type EntryInfo = z.infer<typeof EntryInfo>;

export const Example = z.object({
  line: z.number().int(),
  source: z.string().optional().describe("The input it was read from, when the report has more than one"),
  message: z.string(),
  student: z.string().optional(),
});
export type Example = z.infer<typeof Example>;

export const AffectedUser = z.object({
  id: z.string().nullable(),
  name: z.string().nullable(),
  lastError: z.string().nullable().describe("When this student's last error happened (ISO), when known"),
  resolved: z.boolean().describe("A later success for this student (or the assignment) cleared it"),
});
export type AffectedUser = z.infer<typeof AffectedUser>;

export const Finding = z.object({
  entry: EntryRef.nullable().describe(
    "The catalog entry that explains the error (see `entries`), or null when none does",
  ),
  template: z.string().optional().describe("For unexplained errors: the masked message template"),
  alternatives: z
    .array(z.string())
    .optional()
    .describe("Ids of other entries (other SISes) whose pattern matches too; absent when none"),
  candidates: z
    .array(z.string())
    .optional()
    .describe(
      "For an unexplained finding: entries whose pattern matches but whose wording does not identify their SIS, " +
        "and no SIS was named (give --sis, or a sis column, to decide); absent when none",
    ),
  candidateSis: z
    .array(z.string())
    .optional()
    .describe(
      "The SISes the candidates are entries of, sorted: the values of --sis that would decide; absent when none",
    ),
  severity: Severity,
  httpStatus: z.number().int().optional(),
  count: z.number().int(),
  students: z.number().int().describe("Distinct students affected"),
  firstSeen: Timestamp,
  lastSeen: Timestamp,
  daily: z
    .record(z.string(), z.number().int())
    .optional()
    .describe(
      "Only in mergeable reports: its records per UTC day (YYYY-MM-DD), in day order, so a merge can draw the " +
        "timeline again; records without a timestamp are not counted here",
    ),
  resolved: z
    .boolean()
    .describe("A later success for the same course, assignment (and student) cleared every occurrence"),
  undecided: z
    .enum(UNDECIDED_REASONS)
    .optional()
    .describe(
      "Why no success could clear these errors: the log names no course, no assignment or neither for them. " +
        "Such a finding is not resolved and fails --fail-on like any other",
    ),
  captures: z
    .record(z.string(), z.string())
    .optional()
    .describe("Variable parts of the first matching message; absent when it had none"),
  captureValues: z
    .record(z.string(), z.object({ values: z.array(z.string()), more: z.boolean() }))
    .optional()
    .describe(
      "Distinct values of each capture across the finding's messages: the first few in order (numbers by value, then other text), and whether more",
    ),
  fix: Fix.optional().describe(
    "The entry's fix with this finding's captured values filled in; absent when that is the entry's fix as it " +
      "stands (`entries[id].fix`)",
  ),
  users: z
    .array(AffectedUser)
    .describe(
      "Affected students (id and name) sorted by id then name: the first 3 unless the run lists all " +
        "(--all-users, --mergeable); usersTotal counts them all",
    ),
  usersTotal: z.number().int().describe("All affected users, listed or not"),
  examples: z.array(Example),
  causes: z
    .array(Cause)
    .optional()
    .describe(
      "Provisioning findings of the same run that name this finding's students, sections or courses: correct them first",
    ),
});
export type Finding = z.infer<typeof Finding>;

export const Group = z.object({
  course: z.object({
    id: z.string().nullable(),
    name: z.string().nullable(),
    url: z.string().nullable().describe("Canvas course URL when a Canvas base URL was given"),
  }),
  assignment: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
  sis: z
    .string()
    .nullable()
    .describe(
      "The SIS the group's records name, as the catalog's slug however the log spells it (PowerTeacher Pro and " +
        "POWERSCHOOL are powerschool); null when none names one",
    ),
  teacher: z.string().nullable(),
  findings: z.array(Finding),
});
export type Group = z.infer<typeof Group>;

export const UnknownTemplate = z.object({
  template: z.string(),
  count: z.number().int(),
  variants: z
    .array(
      z.object({
        template: z.string(),
        count: z.number().int(),
        examples: z.array(Example),
        candidates: z.array(z.string()),
      }),
    )
    .describe("The masked messages folded into this template, with their counts"),
  examples: z.array(Example),
  candidates: z.array(z.string()).describe("Entries that match these messages but could not claim them"),
  candidateSis: z
    .array(z.string())
    .optional()
    .describe(
      "The SISes the candidates are entries of, sorted: the values of --sis that would decide; absent when none",
    ),
  nearest: z.object({ id: z.string(), similarity: z.number() }).nullable(),
});
export type UnknownTemplate = z.infer<typeof UnknownTemplate>;

export const TimelineSeries = z.object({
  entry: z.string().nullable().describe("The entry id, or null for the errors no entry explains"),
  unresolved: z.array(z.number().int()).describe("Errors per day from `from` to `to`, of unresolved findings"),
  resolved: z.array(z.number().int()).describe("The same, of resolved findings"),
});
export type TimelineSeries = z.infer<typeof TimelineSeries>;

export const Timeline = z.object({
  from: z.string().describe("The first UTC day with an error, YYYY-MM-DD"),
  to: z.string().describe("The last UTC day with an error"),
  series: z.array(TimelineSeries).describe("One per entry, by id, then the unexplained errors"),
});
export type Timeline = z.infer<typeof Timeline>;

export const ReportDiagnostic = z.object({
  line: z.number().int(),
  code: z.enum(DIAGNOSTIC_CODES),
  message: z.string(),
  source: z.string().optional(),
});

export const ResolutionState = z.object({
  group: z.string().describe("Course and assignment key"),
  anySuccess: z.string().nullable(),
  students: z.record(z.string(), z.string()),
  fields: z
    .object({
      courseName: z.string().nullable(),
      assignmentName: z.string().nullable(),
      sis: z.string().nullable(),
      teacher: z.string().nullable(),
    })
    .optional()
    .describe("The group's names as this shard first saw them, for a group that has only successes here"),
});
export type ResolutionState = z.infer<typeof ResolutionState>;

export const Summary = z.object({
  records: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
  successes: z.number().int(),
  info: z.number().int(),
  matched: z.number().int().describe("Error and warning records a catalog entry explains"),
  unknown: z.number().int().describe("Error and warning records no entry explains"),
  diagnostics: z.number().int(),
  coverage: z.number().nullable().describe("matched / (matched + unknown), or null with no errors"),
  groups: z.number().int(),
  unresolvedFindings: z.number().int(),
  unresolvedGroups: z.number().int().describe("Assignments (groups) with at least one unresolved finding"),
  accounting: z
    .object({
      recordsRead: z.number().int().describe("Records the inputs' readers produced (sum of inputs[].records)"),
      inFindings: z.number().int().describe("Sum of the counts of all findings"),
      inTemplates: z.number().int().describe("Sum of the counts of all unknown templates"),
      balanced: z
        .boolean()
        .describe(
          "recordsRead = records = errors + warnings + successes + info; errors + warnings = matched + unknown = " +
            "inFindings; unknown = inTemplates",
        ),
    })
    .describe("Every record is accounted for: nothing an input says falls out of the report unseen"),
});
export type Summary = z.infer<typeof Summary>;

export const Report = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  catalog: z.object({ version: z.string() }),
  inputs: z.array(z.object({ name: z.string(), shape: z.string(), encoding: z.string(), records: z.number().int() })),
  summary: Summary,
  entries: z
    .record(z.string(), EntryInfo)
    .describe("What each catalog entry a finding names says: its meaning, who acts, its fix, its escalation"),
  timeline: Timeline.optional().describe("Errors per day by entry; absent when no error has a timestamp"),
  groups: z.array(Group),
  unknown: z.array(UnknownTemplate),
  diagnostics: z.array(ReportDiagnostic),
  provisioning: ProvisioningSection.optional().describe(
    "SIS imports given to the run: their state, files and findings (reported by Canvas, predicted from the CSVs)",
  ),
  resolution: z
    .array(ResolutionState)
    .optional()
    .describe("Only with the `mergeable` option: latest successes per group, so merged reports resolve exactly"),
});
export type Report = z.infer<typeof Report>;
