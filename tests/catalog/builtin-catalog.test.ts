import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { analyze, compileCatalog } from "@sis/core";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../packages/core/src/catalog/load-catalog.js";
import { validateCatalog } from "../../packages/core/src/catalog/validate-catalog.js";
import { builtinCatalogDir, readCatalogDir } from "../../packages/core/src/node/catalog-dir.js";

const read = await readCatalogDir(builtinCatalogDir());
const { catalog } = loadCatalog([read.source]);
const byId = new Map(catalog.entries.map((entry) => [entry.id, entry]));
/** The version a catalog pull request bumps; read, never written here, so a bump breaks no test. */
const { version } = JSON.parse(await readFile(join(builtinCatalogDir(), "package.json"), "utf8")) as {
  version: string;
};

describe("the built-in catalog", () => {
  it("reads and validates with zero problems", () => {
    expect(read.problems).toEqual([]);
    expect(validateCatalog([read.source]).problems).toEqual([]);
    expect(catalog.version).toBe(version);
  });

  it("has a semver version with a section of its own in the changelog", async () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    const changelog = await readFile(join(builtinCatalogDir(), "CHANGELOG.md"), "utf8");
    expect(changelog).toMatch(new RegExp(`^## ${version.replaceAll(".", "\\.")} \\(\\d{4}-\\d{2}-\\d{2}\\)$`, "m"));
  });

  it("points every file at the generated schema", () => {
    for (const file of read.source.files) {
      expect(JSON.parse(file.text).$schema, file.path).toBe("../../schema/entry.schema.json");
    }
  });

  it("covers all 42 entries of Canvas's SIS Error Code Dictionary, per SIS", () => {
    const dictionary = catalog.entries.filter((entry) => entry.provenance.dictionary);
    const perSis: Record<string, number> = {};
    for (const entry of dictionary) perSis[entry.sis] = (perSis[entry.sis] ?? 0) + 1;
    expect(perSis).toEqual({ aeries: 8, aspen: 4, focus: 5, "infinite-campus": 10, pinnacle: 2, powerschool: 13 });
    expect(dictionary.every((entry) => entry.provenance.source.includes("SIS-Error-Code-Dictionary"))).toBe(true);
    const titles = new Set(dictionary.map((entry) => `${entry.sis}: ${entry.title}`));
    expect(titles.size).toBe(42);
    for (const title of [
      "aspen: Given Gradebook Column Type",
      "aspen: Rest Easy: Could Not Find Resource",
      "powerschool: 409 Error: Teacher Category ID",
      "infinite-campus: Assignment Scores Export-PUT for OneRoster Error",
      "pinnacle: Error Code 400: Invalid Due Date",
      "focus: 404 Error: API Route Not Found",
    ]) {
      expect(titles).toContain(title);
    }
  });

  it("spans at least 12 SIS slugs and explains every inferred message in its notes", () => {
    expect(new Set(catalog.entries.map((entry) => entry.sis)).size).toBeGreaterThanOrEqual(12);
    for (const entry of catalog.entries.filter((item) => item.provenance.message === "inferred")) {
      expect(entry.provenance.notes ?? "", entry.id).toMatch(/infer|assum|only the|title/i);
    }
  });

  it("starts every generic entry's fix by finding out which system answered", () => {
    const generic = catalog.entries.filter((entry) => entry.sis === "generic");
    expect(generic.length).toBeGreaterThanOrEqual(30);
    for (const entry of generic) {
      expect(entry.identifiesSis, entry.id).toBe(false);
      expect(entry.domain, entry.id).toBe("passback");
      const first = entry.fix[entry.actsFirst]?.[0] ?? "";
      expect(first, entry.id).toMatch(/^Find out which system answered: /);
      expect(first, entry.id).toMatch(/host|address/);
    }
  });

  it("has a seed Aspen entry whose teacher fix says which category, how to set a grade scale and to sync again", () => {
    const seed = byId.get("aspen-gradebook-column-type-no-default-grade-scale");
    expect(seed?.title).toBe("Given Gradebook Column Type");
    expect(seed?.provenance).toMatchObject({ message: "verified", dictionary: true });
    const teacher = (seed?.fix.teacher ?? []).join(" ");
    expect(teacher).toMatch(/assignment group/i);
    expect(teacher).toMatch(/default grade scale/i);
    expect(teacher).toMatch(/Gradebook/);
    expect(teacher).toMatch(/Sync to SIS again/i);
    expect(seed?.actsFirst).toBe("teacher");
  });

  it("matches the seed message inside a wrapper prefix and a JSON body", () => {
    const seed = byId.get("aspen-gradebook-column-type-no-default-grade-scale");
    const regex = new RegExp(seed?.match.pattern ?? "$^", seed?.match.flags);
    expect(
      regex.test(
        'Error posting grade: 409 Conflict - {"message":"given GradebookColumnType does not have a default GradeScale"}',
      ),
    ).toBe(true);
  });

  it("explains the name hints of Canvas's legacy Post Grades dialog in a Skyward course", async () => {
    const hints = [
      "The assignment name must be unique",
      "The name must be under 30 characters",
      "The name must not be empty",
    ];
    const input = `course_id,assignment_id,status,message\n${hints.map((hint, i) => `101,${i + 1},error,${hint}`).join("\n")}\n`;
    const report = await analyze(input, { catalog: compileCatalog(catalog), sis: "skyward" });
    const explainedBy = report.groups.flatMap((group) => group.findings.map((finding) => finding.entry?.id ?? null));
    expect(explainedBy.sort()).toEqual([
      "canvas-legacy-post-grades-name-empty",
      "canvas-legacy-post-grades-name-not-unique",
      "canvas-legacy-post-grades-name-over-30",
    ]);
    expect(report.summary.unknown).toBe(0);
  });

  // Canvas's OneRoster client writes these for every OneRoster SIS: with no SIS named they were "unknown errors".
  it("explains OneRoster's shared wordings when the log names no SIS, and yields to the SIS's own entry when it does", async () => {
    const input = [
      "course_id,assignment_id,status,message",
      '101,1,error,"Grading category Labs not found in OneRoster for ALG1-04. Please ensure that your assignment categories match between OneRoster and Canvas. Available grading categories are: Homework, Quizzes"',
      '101,2,error,"Multiple matches found for ""Lab 2"" due on 10/01/2026 in OneRoster."',
    ].join("\n");
    const explained = async (sis?: string) => {
      const report = await analyze(input, { catalog: compileCatalog(catalog), ...(sis && { sis }) });
      return report.groups.flatMap((group) => group.findings.map((finding) => finding.entry?.id ?? null)).sort();
    };
    expect(await explained()).toEqual([
      "generic-oneroster-grading-category-not-found",
      "generic-oneroster-multiple-matches-found",
    ]);
    expect(await explained("aspen")).toEqual(["aspen-grading-category-not-found", "aspen-multiple-matches-found"]);
  });

  it("writes a fix whose limit differs between messages as one sentence, smallest limit first", async () => {
    const rows = [31, 15, 31, 20].map((limit) => `101,7,error,The title cannot be longer than ${limit} characters`);
    const input = `course_id,assignment_id,status,message\n${rows.join("\n")}\n`;
    const report = await analyze(input, { catalog: compileCatalog(catalog) });
    expect(report.groups[0]?.findings[0]?.fix?.teacher).toEqual([
      "Shorten the assignment name to at most 15 (also 20 and 31) characters and save again, then run Sync to SIS.",
    ]);
  });
});
