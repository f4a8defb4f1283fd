import { z } from "zod";
import { Actor, EscalationItem, RenderedFix, Severity } from "../catalog/entry-schema.js";

/**
 * The provisioning part of the report: SIS imports (their state, files, rows), the findings per import and file
 * (what Canvas reported, what the offline checks of the CSVs predict), and the courses, sections and users they
 * touch. Present only when a run was given provisioning inputs.
 */

const Count = z.number().int();

export const ProvisioningEntryRef = z.object({
  id: z.string(),
  sis: z.string(),
  title: z.string(),
  meaning: z.string(),
  wording: z.enum(["verified", "inferred"]),
});

export const SilentRef = z
  .object({ code: z.string(), title: z.string(), meaning: z.string() })
  .describe("Something Canvas does without writing any message (an unknown term ignored, a date read day first)");

export const ProvisioningExample = z.object({
  row: Count.nullable().describe("Canvas's row number (the header is 1), or null for the file or the import"),
  source: z.string().describe("The input it was read from (a CSV, a zip entry, the errors file)"),
  line: Count.nullable().describe("The line of that input, for an errors file or JSON list"),
  message: z.string(),
  origin: z.enum(["reported", "predicted"]),
});
export type ProvisioningExample = z.infer<typeof ProvisioningExample>;

export const ObjectKindName = z.enum([
  "user",
  "login",
  "account",
  "term",
  "course",
  "section",
  "group",
  "group_category",
]);
export type ObjectKindName = z.infer<typeof ObjectKindName>;

export const ProvisioningIds = z.object({
  kind: ObjectKindName,
  count: Count.describe("Distinct objects of this kind"),
  ids: z.array(z.string()).describe("The first few, most rows first"),
});

/**
 * What the tool can tell of a finding's cause beyond Canvas's message: a header Canvas finds no kind in because the
 * file is separated by semicolons, tabs or bars, where Canvas reads only commas, or because its first line is the
 * `sep=;` line Excel writes above the header, which Canvas takes for the header.
 */
export const FindingHint = z.enum(["semicolon-delimiter", "tab-delimiter", "bar-delimiter", "excel-sep-line"]);
export type FindingHint = z.infer<typeof FindingHint>;

export const ProvisioningFinding = z.object({
  entry: ProvisioningEntryRef.nullable().describe("The catalog entry of Canvas's message, or null"),
  silent: SilentRef.nullable(),
  template: z.string().nullable().describe("For a message no entry explains: its masked template"),
  severity: Severity,
  failure: z.boolean().describe("Canvas stores it as a failure: the file (or import) was not imported at all"),
  origin: z.enum(["reported", "predicted", "both"]),
  certainty: z
    .enum(["certain", "possible"])
    .nullable()
    .describe("For predictions: certain, or possible (unless Canvas already holds the object from an earlier import)"),
  count: Count.describe("Rows (or messages) in all: reported plus predicted not reported"),
  reported: Count.describe("Messages Canvas wrote"),
  predicted: Count.describe("Rows the offline checks expect it for"),
  confirmed: Count.describe("Reported messages a prediction foretold (same row, or same object)"),
  rows: z.array(Count).describe("The first rows, as Canvas numbers them"),
  objects: z.array(ProvisioningIds),
  captures: z.record(z.string(), z.string()),
  captureValues: z.record(z.string(), z.object({ values: z.array(z.string()), more: z.boolean() })),
  actsFirst: Actor.nullable(),
  fix: RenderedFix.nullable(),
  escalation: z.object({ needed: z.boolean(), to: Actor.nullable(), collect: z.array(EscalationItem) }).nullable(),
  examples: z.array(ProvisioningExample),
  hints: z
    .array(FindingHint)
    .optional()
    .describe("The cause behind Canvas's message, when the tool can tell it (a file separated by semicolons)"),
});
export type ProvisioningFinding = z.infer<typeof ProvisioningFinding>;

export const ProvisioningFile = z.object({
  name: z.string().nullable().describe("The file as Canvas names it; null for messages about the import as a whole"),
  source: z.string().nullable().describe("The input it was read from; null when only Canvas's messages name it"),
  type: z.string().nullable().describe("The kind Canvas reads it as, from its header row (users, enrollments, …)"),
  readAs: z
    .object({ meant: z.string(), column: z.string().nullable() })
    .nullable()
    .describe("Set when an extra column makes Canvas read the file as another kind than it looks meant as"),
  encoding: z.string().nullable(),
  rows: Count.nullable().describe("Data rows as Canvas counts them; null when the file was not given"),
  lost: z
    .object({
      reason: z.enum(["invalid-utf8", "malformed-csv", "no-headers", "empty"]),
      line: Count.nullable(),
      byte: Count.nullable(),
      detail: z.string(),
    })
    .nullable()
    .describe("Why Canvas skips the whole file, and where"),
  refused: z
    .object({ reason: z.string(), detail: z.string() })
    .nullable()
    .describe("Why the tool did not read it (a zip entry whose name leaves the archive, a bomb, a nested zip)"),
  findings: z.array(ProvisioningFinding),
  omittedFindings: Count.describe("Findings of the file left out of the list (the counts include them)"),
});
export type ProvisioningFile = z.infer<typeof ProvisioningFile>;

export const ProvisioningKindCount = z.object({
  type: z.string(),
  rows: Count.nullable().describe("Rows of this kind in the import's files given to the run"),
  processed: Count.nullable().describe("Rows Canvas says it processed (data.counts)"),
});

export const ProvisioningDeletion = z.object({
  type: z.enum(["course", "section", "enrollment"]),
  against: z.string().describe("The previous import of the same term or data set it is compared with"),
  before: Count,
  now: Count,
  wouldDelete: Count,
  percent: z.number(),
  threshold: z.number().nullable(),
});

export const ProvisioningImport = z.object({
  id: z.string().nullable().describe("The SIS import's id; null for files given without their import"),
  state: z.string().nullable().describe("workflow_state: imported, imported_with_messages, failed_with_messages, …"),
  createdAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  progress: z.number().nullable(),
  errorMessage: z.string().nullable().describe("Why the whole job failed, when it did"),
  options: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  failures: Count.describe("Messages of this report Canvas stored as failures"),
  warnings: Count.describe("Messages of this report Canvas stored as warnings"),
  canvasCounts: z
    .object({ errors: Count.nullable(), warnings: Count.nullable() })
    .describe("Canvas's own totals (data.counts.error_count / warning_count)"),
  truncated: z
    .object({ errors: Count.nullable(), warnings: Count.nullable() })
    .describe('What the import\'s JSON lists left out ("and N more … that were not included"), or null'),
  kinds: z.array(ProvisioningKindCount).describe("Rows in the files versus rows Canvas processed, per kind"),
  deletions: z.array(ProvisioningDeletion).describe("What batch or diffing mode would delete, estimated"),
  files: z.array(ProvisioningFile),
});
export type ProvisioningImport = z.infer<typeof ProvisioningImport>;

export const ProvisioningObjectFinding = z.object({
  import: z.string().nullable(),
  file: z.string().nullable(),
  key: z.string().describe("The finding's entry id, silent code (silent:…) or template (text:…)"),
  title: z.string(),
  count: Count,
});

export const ProvisioningObject = z.object({
  kind: ObjectKindName,
  id: z.string(),
  count: Count.describe("Rows and messages about it, in all its findings"),
  findings: z.array(ProvisioningObjectFinding),
});
export type ProvisioningObject = z.infer<typeof ProvisioningObject>;

export const ProvisioningSummary = z.object({
  imports: Count,
  files: Count,
  rows: Count.describe("Data rows of the import files read"),
  findings: Count,
  reported: Count,
  predicted: Count,
  confirmed: Count,
  failures: Count,
  warnings: Count,
  unexplained: Count.describe("Messages Canvas wrote that no catalog entry explains"),
  lostFiles: Count.describe("Files Canvas skips whole (not UTF-8, malformed, no known header)"),
  refusedFiles: Count,
});

export const ProvisioningSection = z.object({
  summary: ProvisioningSummary,
  imports: z.array(ProvisioningImport),
  objects: z.array(ProvisioningObject).describe("Courses, sections and users with findings, most rows first"),
  omittedObjects: Count.describe("Objects with findings left out of the list"),
});
export type ProvisioningSection = z.infer<typeof ProvisioningSection>;

/** What a passback finding's provisioning cause is: the finding, where, and the shared objects. */
export const Cause = z.object({
  import: z.string().nullable(),
  file: z.string().nullable(),
  key: z.string().describe("The provisioning finding's entry id, silent code (silent:…) or template (text:…)"),
  title: z.string(),
  shared: z.array(z.object({ kind: ObjectKindName, id: z.string() })).describe("The ids both findings name"),
});
export type Cause = z.infer<typeof Cause>;
