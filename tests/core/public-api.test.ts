import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as core from "../../packages/core/src/index.js";
import * as node from "../../packages/core/src/node/index.js";

const README = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");

describe("the public API of @sis/core", () => {
  it("exports exactly these values (a change here is a change of the published API)", () => {
    expect(Object.keys(core).sort()).toMatchInlineSnapshot(`
      [
        "Actor",
        "AffectedUser",
        "CatalogEntry",
        "CatalogError",
        "Cause",
        "EXIT_CODES",
        "EntryInfo",
        "EscalationItem",
        "Example",
        "Finding",
        "Fix",
        "Group",
        "InputError",
        "LogRecord",
        "PASSBACK_EFFECTS",
        "PassbackEffect",
        "ProvisioningSection",
        "REPORT_SCHEMA_VERSION",
        "Report",
        "Severity",
        "SisSlug",
        "Summary",
        "TOOL",
        "Timeline",
        "TimelineSeries",
        "UnknownTemplate",
        "Wording",
        "analyze",
        "analyzeStream",
        "causedBy",
        "checkMergeable",
        "compileCatalog",
        "createAnalysis",
        "createReportMerger",
        "effectsOf",
        "entryOf",
        "entrySkeleton",
        "exitCodeFor",
        "exitCodeTracker",
        "fixOf",
        "formatCount",
        "loadCatalog",
        "maskMessage",
        "matchMessage",
        "materializeReport",
        "mergeReports",
        "normalizeSis",
        "parseReport",
        "plural",
        "renderFix",
      ]
    `);
    expect(Object.keys(node).sort()).toMatchInlineSnapshot(`
      [
        "BUILTIN_CATALOG_NAME",
        "STDIN_NAME",
        "anyProvisioning",
        "builtinCatalogDir",
        "expandFolders",
        "loadCatalogFromDirs",
        "openInput",
        "readCatalogDir",
      ]
    `);
  });

  it("is what the README documents: every exported value is named there", () => {
    const undocumented = [...Object.keys(core), ...Object.keys(node)].filter((name) => !README.includes(name));
    expect(undocumented).toEqual([]);
  });
});
