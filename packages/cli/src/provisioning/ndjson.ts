import type { StreamedReport } from "@sis/core";

/**
 * One JSON line per SIS import finding, after the passback records (they are known only once every input is read):
 * `domain: "provisioning"` tells them apart, with the import and file they belong to and the finding as the JSON
 * report has it.
 */
export function* provisioningNdjson(report: Pick<StreamedReport, "provisioning">): Generator<string> {
  for (const item of report.provisioning?.imports ?? []) {
    for (const file of item.files) {
      for (const finding of file.findings) {
        const line = { domain: "provisioning", import: item.id, file: file.name, source: file.source, ...finding };
        yield `${JSON.stringify(line)}\n`;
      }
    }
  }
}
