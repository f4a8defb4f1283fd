import { Report } from "@sis/core";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/support/run-cli.js";

const EXAMPLES = "tests/fixtures/examples";

async function reportOf(...files: string[]): Promise<Report> {
  const { stdout } = await runCli([...files.map((file) => `${EXAMPLES}/${file}`), "--format", "json"]);
  return Report.parse(JSON.parse(stdout));
}

describe("the bundled examples, between them, show every feature", () => {
  it("the week's CSV: resolved and unresolved findings, warnings, an unknown template of two variants", async () => {
    const report = await reportOf("grade-sync-week.csv");
    const findings = report.groups.flatMap((group) => group.findings);
    expect(findings.some((finding) => finding.resolved)).toBe(true);
    expect(findings.some((finding) => !finding.resolved)).toBe(true);
    expect(report.summary.warnings).toBeGreaterThan(0);
    expect(findings.some((finding) => finding.severity === "warning" && finding.resolved)).toBe(true);
    expect(report.unknown).toEqual([
      expect.objectContaining({
        template: "Gradebook gateway rejected batch <num>: tenant quota of <num> requests exceeded",
        count: 2,
      }),
    ]);
    expect(new Set(report.groups.map((group) => group.sis))).toEqual(
      new Set(["aspen", "powerschool", "aeries", "infinite-campus"]),
    );
    // Accented names, for the CSV's byte-order mark.
    expect(findings.flatMap((finding) => finding.users.map((user) => user.name))).toContain("José Núñez");
  });

  it("a gzip-compressed text log, an NDJSON export and a plain text log read with no problem", async () => {
    const report = await reportOf("grade-sync-service.log.gz", "grade-sync-export.ndjson", "grade-sync.log");
    expect(report.inputs.map(({ shape, encoding }) => `${shape} ${encoding}`)).toEqual([
      "text utf-8 gzip",
      "ndjson utf-8",
      "text utf-8",
    ]);
    const gz = report.groups.filter((group) => group.findings.some((f) => f.examples[0]?.source?.endsWith(".gz")));
    expect(gz.flatMap((group) => group.findings).some((finding) => finding.resolved)).toBe(true);
    expect(report.diagnostics.filter((d) => !["shape-detected", "columns-mapped"].includes(d.code))).toEqual([]);
  });
});
