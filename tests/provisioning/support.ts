import { analyze, compileCatalog, type Report } from "@sis/core";
import { loadCatalogFromDirs } from "@sis/core/node";

const { catalog } = await loadCatalogFromDirs([]);
/** The built-in catalog, compiled once for every provisioning test. */
export const builtin = compileCatalog(catalog);

/** Analyse named files given as text (or bytes): an SIS import's CSVs, its JSON, its errors file, logs. */
export async function analyzeFiles(
  files: Readonly<Record<string, string | Uint8Array>>,
  options: { redact?: boolean } = {},
): Promise<Report> {
  const inputs = Object.entries(files).map(([name, data]) => ({ name, data }));
  return analyze(inputs, { catalog: builtin, ...options });
}

type Section = NonNullable<Report["provisioning"]>;
export type ProvisioningFinding = Section["imports"][number]["files"][number]["findings"][number];

/** Every finding of the report's provisioning section with its file's name, keyed `file|entry-or-silent-code`. */
export function findingsOf(report: Report): Map<string, ProvisioningFinding> {
  const found = new Map<string, ProvisioningFinding>();
  for (const item of report.provisioning?.imports ?? []) {
    for (const file of item.files) {
      for (const finding of file.findings) {
        const key = finding.entry?.id.replace("canvas-sis-import-", "") ?? finding.silent?.code ?? finding.template;
        found.set(`${file.name ?? ""}|${key}`, finding);
      }
    }
  }
  return found;
}

/** A CSV of a header and rows, each row its cells. */
export function csv(...rows: string[][]): string {
  return `${rows.map((row) => row.join(",")).join("\n")}\n`;
}
