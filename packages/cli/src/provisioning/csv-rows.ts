import { Actor, type Finding, type ProvisioningSection } from "@sis/core";
import { hintSentences, type ProvisioningFinding, rowsLabel } from "./labels.js";

/** The columns every CSV row ends with, for passback and SIS import findings alike. */
export const DOMAIN_COLUMNS = [
  "domain",
  "import_id",
  "file",
  "origin",
  "reported",
  "predicted",
  "confirmed",
  "rows",
  "objects",
  "causes",
] as const;

/** A passback finding's closing cells: its domain, and the SIS import findings it links to. */
export function passbackDomainCells(finding: Finding): string[] {
  const causes = (finding.causes ?? []).map(
    (cause) =>
      `${cause.import === null ? "" : `import ${cause.import} `}${cause.file ?? ""}: ${cause.title} (${cause.shared
        .map((object) => `${object.kind} ${object.id}`)
        .join(", ")})`,
  );
  return ["passback", "", "", "", "", "", "", "", "", causes.join("\n")];
}

/**
 * One row per SIS import finding with the passback columns it has a value for (entry, title, severity, count, the
 * template, meaning and what its hints tell, wording, who acts first and the fix per person) and its own closing cells.
 */
export function* provisioningCsvRows(
  section: ProvisioningSection,
  stepsCell: (fix: ProvisioningFinding["fix"], actor: Actor) => string,
): Generator<string[]> {
  for (const item of section.imports) {
    for (const file of item.files) {
      for (const finding of file.findings) {
        const users = finding.objects.find((objects) => objects.kind === "user")?.count ?? 0;
        yield [
          "",
          "",
          "",
          "",
          finding.entry?.sis ?? "canvas",
          finding.entry?.id ?? (finding.silent ? `silent:${finding.silent.code}` : ""),
          finding.entry?.title ?? finding.silent?.title ?? "",
          finding.severity,
          String(finding.count),
          String(users),
          "",
          "",
          "",
          finding.template ?? "",
          // A row has no file status: what its hints tell (a delimiter Canvas does not read) follows the meaning.
          [finding.entry?.meaning ?? finding.silent?.meaning ?? "", ...hintSentences([finding])].join(" ").trim(),
          finding.entry?.wording ?? (finding.silent ? "silent" : ""),
          finding.actsFirst ?? "",
          ...Actor.options.map((actor) => stepsCell(finding.fix, actor)),
          "provisioning",
          item.id ?? "",
          file.name ?? "",
          finding.origin,
          String(finding.reported),
          String(finding.predicted),
          String(finding.confirmed),
          rowsLabel(finding),
          finding.objects.map((objects) => `${objects.kind}: ${objects.ids.join(" ")}`).join("\n"),
          "",
        ];
      }
    }
  }
}
