import { z } from "zod";
import { Actor, EscalationItem, Severity } from "../catalog/entry-schema.js";
import { DIAGNOSTIC_CODES } from "../diagnostics.js";

/** Bump on any breaking change to the report's shape; agents check it. */
export const REPORT_SCHEMA_VERSION = 1;

const Timestamp = z.string().nullable().describe("ISO 8601, or null when the log carries no timestamps");

export const EntryRef = z.object({ id: z.string(), sis: z.string(), title: z.string() });

export const Example = z.object({
  line: z.number().int(),
  source: z.string().optional(),
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

export const Fix = z.object({
  teacher: z.array(z.string()).optional(),
  canvasAdmin: z.array(z.string()).optional(),
  sisAdmin: z.array(z.string()).optional(),
  vendor: z.array(z.string()).optional(),
});
export type Fix = z.infer<typeof Fix>;

export const Finding = z.object({
  entry: EntryRef.nullable().describe("The catalog entry that explains the error, or null when none does"),
  template: z.string().nullable().describe("For unexplained errors: the masked message template"),
  alternatives: z.array(z.string()).describe("Ids of other entries (other SISes) whose pattern matches too"),
  severity: Severity,
  actsFirst: Actor.nullable(),
  httpStatus: z.number().int().nullable(),
  count: z.number().int(),
  students: z.number().int().describe("Distinct students affected"),
  firstSeen: Timestamp,
  lastSeen: Timestamp,
  resolved: z
    .boolean()
    .describe("A later success for the same course, assignment (and student) cleared every occurrence"),
  captures: z.record(z.string(), z.string()).describe("Variable parts of the first matching message"),
  captureValues: z
    .record(z.string(), z.object({ values: z.array(z.string()), more: z.boolean() }))
    .describe("Distinct values of each capture across the finding's messages: the first few sorted, and whether more"),
  fix: Fix.nullable().describe("Catalog fix steps per actor with the captures filled in"),
  escalation: z.object({ needed: z.boolean(), to: Actor.nullable(), collect: z.array(EscalationItem) }).nullable(),
  users: z.array(AffectedUser).describe("Affected students (id and name), sorted"),
  examples: z.array(Example),
});
export type Finding = z.infer<typeof Finding>;

export const Group = z.object({
  course: z.object({
    id: z.string().nullable(),
    name: z.string().nullable(),
    url: z.string().nullable().describe("Canvas course URL when a Canvas base URL was given"),
  }),
  assignment: z.object({ id: z.string().nullable(), name: z.string().nullable() }),
  sis: z.string().nullable(),
  teacher: z.string().nullable(),
  findings: z.array(Finding),
});
export type Group = z.infer<typeof Group>;

export const UnknownTemplate = z.object({
  template: z.string(),
  count: z.number().int(),
  variants: z
    .array(z.object({ template: z.string(), count: z.number().int(), examples: z.array(Example) }))
    .describe("The masked messages folded into this template, with their counts"),
  examples: z.array(Example),
  nearest: z.object({ id: z.string(), similarity: z.number() }).nullable(),
});
export type UnknownTemplate = z.infer<typeof UnknownTemplate>;

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
});
export type Summary = z.infer<typeof Summary>;

export const Report = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  catalog: z.object({ version: z.string() }),
  inputs: z.array(z.object({ name: z.string(), shape: z.string(), encoding: z.string(), records: z.number().int() })),
  summary: Summary,
  groups: z.array(Group),
  unknown: z.array(UnknownTemplate),
  diagnostics: z.array(ReportDiagnostic),
  resolution: z
    .array(ResolutionState)
    .optional()
    .describe("Only with the `mergeable` option: latest successes per group, so merged reports resolve exactly"),
});
export type Report = z.infer<typeof Report>;
