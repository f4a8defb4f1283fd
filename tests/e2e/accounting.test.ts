import { readdirSync } from "node:fs";
import { join } from "node:path";
import { analyze, type CompiledCatalog, compileCatalog, InputError, type Report } from "@sis/core";
import { loadCatalogFromDirs, openInput } from "@sis/core/node";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * Nothing a log says may fall out of the report unseen: every record read is counted by status, every error and
 * warning is in exactly one finding, and every unexplained one in one template. Held on every input fixture, read
 * as detected and as each shape it can be read as.
 */
const FIXTURES = "tests/fixtures";
/** Catalogs, the CLI's expected outputs and a type-checking project: no inputs. */
const NOT_INPUTS = /(^|\/)(snapshots|[\w-]*catalog|node10)(\/|$)/;
const SHAPES = [undefined, "csv", "json", "ndjson", "text"] as const;
/** Fixtures no shape reads: empty, binary or corrupt. */
const UNREADABLE =
  /\/(empty\.csv|whitespace-only\.csv|garbage\.gz|truncated\.csv\.gz|zip-magic\.zip|[\w-]+\.(png|xlsx|pdf))$/;

function inputFixtures(dir = FIXTURES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (NOT_INPUTS.test(path)) return [];
    return entry.isDirectory() ? inputFixtures(path) : [path];
  });
}

let catalog: CompiledCatalog;
beforeAll(async () => {
  catalog = compileCatalog((await loadCatalogFromDirs([])).catalog);
});

async function reportOf(path: string, shape: (typeof SHAPES)[number]): Promise<Report | InputError> {
  try {
    return await analyze([openInput(path)], { catalog, ...(shape !== undefined && { inputShape: shape }) });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
}

describe("the report's accounting", () => {
  const fixtures = inputFixtures();

  it("finds the fixtures", () => {
    expect(fixtures.length).toBeGreaterThan(30);
    expect(fixtures).toContain("tests/fixtures/examples/grade-sync-export.csv");
  });

  it.each(fixtures)("balances for %s, read in every shape that reads it", async (path) => {
    let read = 0;
    for (const shape of SHAPES) {
      const report = await reportOf(path, shape);
      if (report instanceof InputError) continue;
      read++;
      const { summary } = report;
      expect(summary.accounting, `${path} as ${shape ?? "detected"}`).toMatchObject({
        recordsRead: summary.records,
        balanced: true,
      });
      expect(summary.errors + summary.warnings + summary.successes + summary.info).toBe(summary.records);
      expect(summary.errors + summary.warnings).toBe(summary.matched + summary.unknown);
    }
    // Only what is no text at all (empty, binary, corrupt) has nothing to account for.
    expect(read > 0, `${path} read in ${read} shapes`).toBe(!UNREADABLE.test(path));
  });
});

describe("rows that are no records", () => {
  it("are not counted as records read, and a diagnostic says how many were skipped", async () => {
    const text = [
      "course_id,assignment_id,status,message",
      "4411,9001,failed,Student not enrolled",
      ",,,",
      "4411,9002,success,",
      ",,,",
      ",,,",
    ].join("\n");
    const report = await analyze([{ name: "export.csv", data: new TextEncoder().encode(text) }], { catalog });
    expect(report.summary).toMatchObject({ records: 2, accounting: { recordsRead: 2, balanced: true } });
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({
        code: "empty-rows-skipped",
        line: 3,
        message: expect.stringContaining("and 2 more after it (3 in all); these rows are skipped, not records"),
        source: "export.csv",
      }),
    );
  });
});
