import type { ProvisioningSection } from "@sis/core";
import { formatCount, plural } from "@sis/core";

type Import = ProvisioningSection["imports"][number];
type File = Import["files"][number];
export type ProvisioningFinding = File["findings"][number];

/** How an import is named in every format. */
export function importTitle(item: Pick<Import, "id" | "state">): string {
  if (item.id === null) return "SIS import files given without their import";
  return `SIS import ${item.id}${item.state ? ` (${stateLabel(item.state)})` : ""}`;
}

/** Canvas's workflow_state in words. */
export function stateLabel(state: string): string {
  return state.replaceAll("_", " ");
}

/**
 * The facts of an import, one sentence each: its state and Canvas's totals, what this report counts, what its
 * JSON lists left out, rows per kind against rows processed, what batch mode would delete.
 */
export function importFacts(item: Import): string[] {
  const facts: string[] = [];
  const { canvasCounts, truncated } = item;
  if (item.errorMessage) facts.push(`The whole import failed: ${item.errorMessage}`);
  if (canvasCounts.errors !== null || canvasCounts.warnings !== null) {
    facts.push(
      `Canvas counted ${plural(canvasCounts.errors ?? 0, "failure")} and ${plural(canvasCounts.warnings ?? 0, "warning")}.`,
    );
  }
  facts.push(
    `This report has ${plural(item.failures, "failure")} and ${plural(item.warnings, "warning")} from Canvas's messages.`,
  );
  for (const [kind, more] of [
    ["errors", truncated.errors],
    ["warnings", truncated.warnings],
  ] as const) {
    if (more !== null && more > 0) {
      facts.push(
        `The import's JSON lists only the first 24 ${kind}: it says ${formatCount(more)} more were not included. Download the errors file (sis_errors_attachment_${item.id ?? "ID"}.csv) and analyse it to see them all.`,
      );
    }
  }
  const kinds = item.kinds.map(
    (kind) =>
      // A file not given has no rows to count; Canvas's JSON may not say what it processed.
      `${kind.type} ${kind.rows === null ? "(file not given)" : formatCount(kind.rows)} / ${kind.processed === null ? "(not in the JSON)" : formatCount(kind.processed)}`,
  );
  if (kinds.length > 0) facts.push(`Rows in the files / rows Canvas processed: ${kinds.join("; ")}.`);
  for (const deletion of item.deletions) {
    const threshold = deletion.threshold === null ? "no change_threshold" : `change_threshold ${deletion.threshold}%`;
    facts.push(
      `Against import ${deletion.against}, it would delete ${plural(deletion.wouldDelete, deletion.type)} (${deletion.percent}% of ${formatCount(deletion.before)}), ${threshold}.`,
    );
  }
  return facts;
}

/** A file as the report names it: its name, what Canvas reads it as and its rows. */
export function fileTitle(file: File): string {
  if (file.name === null) return "The import as a whole";
  const kind = file.type === null ? "" : `${file.type.replaceAll("_", " ")}`;
  const rows = file.rows === null ? "not given" : plural(file.rows, "row");
  return `${file.name}${kind ? ` (read as ${kind}, ${rows})` : file.rows === null ? " (not given)" : ` (${rows})`}`;
}

const LOST = {
  "invalid-utf8": "it is not UTF-8",
  "malformed-csv": "its CSV quoting is broken",
  "no-headers": "its header row matches no kind of file",
  empty: "it is empty (Canvas ignores it)",
} as const;

const LIKELY: Readonly<Record<string, string>> = {
  "utf-16": 'it looks like a UTF-16 ("Unicode text") save',
  "single-byte": "it looks like a Windows-1252 (ANSI) save",
  "illegal-quoting": "a quote inside an unquoted value",
  "text-after-quote": "text after a closing quote",
  "unclosed-quote": "a quote never closed",
  "stray-line-break": "a line break of another kind inside a row",
};

type FindingHint = NonNullable<ProvisioningFinding["hints"]>[number];

/** A finding's hint as the cause it tells, after "Canvas finds no header because …". */
const HINTS = {
  "semicolon-delimiter":
    'the file is separated by semicolons (";"), as Excel saves "CSV" in many European languages, and Canvas reads only commas: save it again as comma-separated CSV (UTF-8), or replace the semicolons with commas',
  "tab-delimiter":
    "the file is separated by tabs, and Canvas reads only commas: save it again as comma-separated CSV (UTF-8), not as tab-delimited text",
  "bar-delimiter":
    'the file is separated by bars ("|"), and Canvas reads only commas: export it again as comma-separated CSV',
  "excel-sep-line":
    'its first line is "sep=" and a delimiter, which Excel writes above the header to say how the file is separated, and Canvas reads that line as the header row: delete that first line',
} satisfies Record<FindingHint, string>;

/** What findings' hints tell (why Canvas finds no header), each once: said by the file's status, or in a CSV row. */
export function hintSentences(findings: readonly Pick<ProvisioningFinding, "hints">[]): string[] {
  const hints = new Set(findings.flatMap((finding) => finding.hints ?? []));
  return [...hints].map((hint) => `Canvas finds no header because ${HINTS[hint]}.`);
}

/** What is wrong with the file as a whole, if anything: Canvas skips it, an extra column, the tool refused it. */
export function fileStatus(file: File): string[] {
  const status: string[] = [];
  if (file.refused)
    status.push(`Not read by this tool: ${file.refused.reason.replaceAll("-", " ")} (${file.refused.detail}).`);
  if (file.lost && file.lost.reason !== "empty") {
    const where =
      file.lost.line === null
        ? ""
        : ` from line ${file.lost.line}${file.lost.byte === null ? "" : ` (byte ${file.lost.byte})`}`;
    const why = LIKELY[file.lost.detail];
    status.push(`Canvas skips the whole file: ${LOST[file.lost.reason]}${where}${why ? `; ${why}` : ""}.`);
  } else if (file.lost) status.push(`The file is empty: Canvas ignores it.`);
  status.push(...hintSentences(file.findings));
  if (file.readAs) {
    const column = file.readAs.column === null ? "its header" : `the column ${file.readAs.column}`;
    status.push(
      `Meant as ${file.readAs.meant.replaceAll("_", " ")}, but ${column} makes Canvas read it as ${file.type?.replaceAll("_", " ")}.`,
    );
  }
  return status;
}

/** A finding's title: its catalog entry's, the silent behaviour's, or the unexplained message. */
export function provisioningLabel(finding: ProvisioningFinding): string {
  if (finding.entry) return finding.entry.title;
  if (finding.silent) return `Silent: ${finding.silent.title}`;
  return `Unknown message: ${finding.template ?? ""}`;
}

/** Where a finding comes from, in words: Canvas's messages, the checks' predictions, and how they agree. */
export function originLabel(finding: ProvisioningFinding): string {
  const reported = finding.reported > 0 ? `${formatCount(finding.reported)} reported` : "";
  const certainty = finding.certainty === "possible" ? " (possible)" : "";
  const predicted =
    finding.predicted > 0
      ? `${formatCount(finding.predicted)} predicted${certainty}${finding.reported > 0 ? `, ${formatCount(finding.confirmed)} confirmed` : ""}`
      : "";
  return [reported, predicted].filter(Boolean).join("; ");
}

/** The first rows, as Canvas numbers them. */
export function rowsLabel(finding: ProvisioningFinding): string {
  if (finding.rows.length === 0) return "—";
  const more = finding.count > finding.rows.length ? ", …" : "";
  return `${finding.rows.join(", ")}${more}`;
}

/** The objects a finding names: kind and the first ids, with how many in all. */
export function objectsLabel(finding: ProvisioningFinding): string {
  return finding.objects
    .map((objects) => {
      const shown = objects.ids.slice(0, 3).join(", ");
      const more = objects.count > 3 ? ` and ${formatCount(objects.count - 3)} more` : "";
      return `${objects.kind.replaceAll("_", " ")} ${shown}${more}`;
    })
    .join("; ");
}

/** How sure the words of a finding are, as the passback fixes say it. */
export function wordingOf(finding: ProvisioningFinding): string {
  if (finding.entry) {
    return finding.entry.wording === "verified"
      ? "verified (the message text was seen in Canvas's code)"
      : "inferred (written from a title or documentation)";
  }
  return finding.silent ? "silent (Canvas writes no message for this; the offline checks found it)" : "";
}

/** Where a finding is: its import and file, as short as it can be said. */
export function whereLabel(where: { import: string | null; file: string | null }): string {
  const file = where.file ?? "the import";
  return where.import === null ? file : `import ${where.import}, ${file}`;
}
