/**
 * Writes the committed generated files; `--check` lists stale ones and exits 1 instead (CI runs that).
 * Each generated file is one `{ path, render }` line in `generators()`, so adding one is a one-line change.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { renderEntryJsonSchema } from "../packages/core/src/catalog/entry-json-schema.js";
import { type IndexedEntry, renderCatalogIndex } from "../packages/core/src/catalog/render-catalog-index.js";
import { validateCatalog } from "../packages/core/src/catalog/validate-catalog.js";
import { readCatalogDir } from "../packages/core/src/node/catalog-dir.js";
import { reportJsonSchema } from "../packages/core/src/report/report-json-schema.js";
import { PAGE_SCRIPT_MODULE, renderPageScriptModule } from "./page-script.js";

export interface Generator {
  /** Path relative to the repository root. */
  path: string;
  render(): string;
}

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CATALOG_DIR = resolve(REPO_ROOT, "error-catalog");

/** The entries of the built-in catalog as INDEX.md lists them; entries that fail the schema are left out. */
export async function readCatalogIndex(): Promise<{ version: string; items: IndexedEntry[] }> {
  const read = await readCatalogDir(CATALOG_DIR);
  const items = validateCatalog([read.source]).entries.map(({ entry, file }) => ({ entry, file }));
  return { version: read.source.version ?? "0.0.0", items };
}

export async function generators(): Promise<Generator[]> {
  const index = await readCatalogIndex();
  return [
    { path: "error-catalog/schema/entry.schema.json", render: renderEntryJsonSchema },
    { path: "error-catalog/INDEX.md", render: () => renderCatalogIndex(index.version, index.items) },
    { path: "packages/core/report.schema.json", render: () => `${JSON.stringify(reportJsonSchema(), null, 2)}\n` },
    { path: PAGE_SCRIPT_MODULE, render: () => renderPageScriptModule(REPO_ROOT) },
  ];
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, "utf8");
  } catch {
    return null;
  }
}

async function main(args: readonly string[]): Promise<number> {
  const check = args.includes("--check");
  const stale: string[] = [];
  for (const generator of await generators()) {
    const target = resolve(REPO_ROOT, generator.path);
    const text = generator.render();
    if ((await readOrNull(target)) === text) continue;
    stale.push(generator.path);
    if (!check) {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text);
    }
  }
  if (check && stale.length > 0) {
    console.error(`stale generated files (run \`pnpm generate\`):\n${stale.map((path) => `  ${path}`).join("\n")}`);
    return 1;
  }
  console.log(stale.length === 0 ? "generated files are up to date" : `wrote ${stale.join(", ")}`);
  return 0;
}

// Run only as a script: tests import the generators to compare the committed files.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
