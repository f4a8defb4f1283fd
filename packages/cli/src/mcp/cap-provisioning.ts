import type { ProvisioningSection } from "@sis/core";

/** What the analyze tool keeps of the provisioning section, so the result fits an agent's context. */
export const PROVISIONING_CAPS = {
  /** Findings per import file: failures and errors come first in the report's order. */
  findingsPerFile: 10,
  /** Objects (courses, sections, users) most touched. */
  objects: 20,
} as const;

/**
 * The provisioning section cut to the caps: each file's findings and the objects list shortened, every count
 * left whole; the number of findings and objects left out, to say so.
 */
export function capProvisioning(section: ProvisioningSection | undefined): {
  section: ProvisioningSection | undefined;
  findings: number;
  objects: number;
} {
  if (section === undefined) return { section, findings: 0, objects: 0 };
  let findings = 0;
  const imports = section.imports.map((item) => ({
    ...item,
    files: item.files.map((file) => {
      const left = Math.max(0, file.findings.length - PROVISIONING_CAPS.findingsPerFile);
      findings += left;
      return {
        ...file,
        findings: file.findings.slice(0, PROVISIONING_CAPS.findingsPerFile),
        omittedFindings: file.omittedFindings + left,
      };
    }),
  }));
  const objects = Math.max(0, section.objects.length - PROVISIONING_CAPS.objects);
  return {
    section: {
      ...section,
      imports,
      objects: section.objects.slice(0, PROVISIONING_CAPS.objects),
      omittedObjects: section.omittedObjects + objects,
    },
    findings,
    objects,
  };
}
