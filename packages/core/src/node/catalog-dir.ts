import { readdir, readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import type { CatalogFile, CatalogSource } from "../catalog/catalog-source.js";
import { type LoadedCatalog, loadCatalog } from "../catalog/load-catalog.js";
import { validateCatalog } from "../catalog/validate-catalog.js";
import { CatalogError, type CatalogProblem } from "../errors.js";
import { describeFsError } from "./fs-error.js";

export interface CatalogDirRead {
  source: CatalogSource;
  /** Directories or files that could not be read; reported like any other catalog problem. */
  problems: CatalogProblem[];
}

/** How problems and overrides name the built-in catalog: its files are the ones in the repository's error-catalog/. */
export const BUILTIN_CATALOG_NAME = "built-in catalog";

/** The built-in catalog's directory, resolved like any dependency so it works from a workspace and from npm. */
export function builtinCatalogDir(): string {
  return dirname(createRequire(import.meta.url).resolve("@sis/error-catalog/package.json"));
}

/**
 * Read a catalog directory: every `*.json` under `<dir>/entries` when that folder exists, else under `<dir>`, with
 * generated schema files and package.json left out. Paths are relative to `<dir>` with `/` separators, so the
 * checks see `entries/<sis>/<id>.json` on every platform.
 */
export async function readCatalogDir(dir: string, name = dir): Promise<CatalogDirRead> {
  const problems: CatalogProblem[] = [];
  const unreadable = (file: string, reason: string): void => {
    problems.push({
      source: name,
      file,
      path: "",
      code: "source-unreadable",
      message: `cannot read ${file}: ${reason}`,
    });
  };
  const entriesDir = join(dir, "entries");
  const root = (await isDirectory(entriesDir)) ? entriesDir : dir;
  const files: CatalogFile[] = [];
  let paths: string[] = [];
  try {
    paths = (await listJsonFiles(root)).sort();
  } catch (error) {
    unreadable(dir, describeFsError(error, "directory or file"));
  }
  // A directory with no entries is a wrong path, not a catalog: running on without it would hide the mistake.
  if (paths.length === 0 && problems.length === 0) {
    unreadable(dir, "expected catalog entries (*.json files, in entries/ or at the top), but it holds none");
  }
  for (const [at, text] of (await readAll(paths)).entries()) {
    const name = relative(dir, paths[at] as string)
      .split(sep)
      .join("/");
    if (typeof text === "string") files.push({ path: name, text });
    else unreadable(name, describeFsError(text.error, "file"));
  }
  const version = await readVersion(dir);
  const corpus = await readCorpus(dir, unreadable);
  return {
    source: { name, ...(version === undefined ? {} : { version }), files, ...(corpus.length > 0 && { corpus }) },
    problems,
  };
}

/** Files read at once: a thousand entries one after another spent most of a second waiting on the disk. */
const READ_CONCURRENCY = 32;

/** Every file's text, in the order given, or the error that kept it from being read. */
async function readAll(paths: readonly string[]): Promise<(string | { error: unknown })[]> {
  const texts: (string | { error: unknown })[] = [];
  for (let start = 0; start < paths.length; start += READ_CONCURRENCY) {
    const batch = paths.slice(start, start + READ_CONCURRENCY);
    texts.push(...(await Promise.all(batch.map((path) => readFile(path, "utf8").catch((error) => ({ error }))))));
  }
  return texts;
}

/** `<dir>/corpus/*.txt`, the texts of neighbouring systems no SIS-identifying entry may match; none is fine. */
async function readCorpus(dir: string, unreadable: (file: string, reason: string) => void): Promise<CatalogFile[]> {
  const corpusDir = join(dir, CORPUS_DIR);
  if (!(await isDirectory(corpusDir))) return [];
  const names = (await readdir(corpusDir)).filter((name) => name.endsWith(".txt")).sort();
  const files: CatalogFile[] = [];
  for (const [at, text] of (await readAll(names.map((name) => join(corpusDir, name)))).entries()) {
    const path = `${CORPUS_DIR}/${names[at]}`;
    if (typeof text === "string") files.push({ path, text });
    else unreadable(path, describeFsError(text.error, "file"));
  }
  return files;
}

const CORPUS_DIR = "corpus";

export interface LoadCatalogFromDirsOptions {
  /** Put the built-in catalog first (default true); false loads only the given directories. */
  builtin?: boolean;
  /**
   * Run every check on the built-in catalog too (default false: CI checked it when it was published, so alone it
   * is only parsed; with other directories everything is checked, since their entries can clash with it).
   */
  checkBuiltin?: boolean;
}

/** Load the built-in catalog plus user directories, later ones overriding earlier ones by id. */
export async function loadCatalogFromDirs(
  dirs: readonly string[],
  { builtin = true, checkBuiltin = false }: LoadCatalogFromDirsOptions = {},
): Promise<LoadedCatalog> {
  const reads = await Promise.all([
    ...(builtin ? [readCatalogDir(builtinCatalogDir(), BUILTIN_CATALOG_NAME)] : []),
    ...dirs.map((dir) => readCatalogDir(dir)),
  ]);
  const sources = reads.map((read, at) =>
    builtin && at === 0 && !checkBuiltin ? { ...read.source, checked: true } : read.source,
  );
  const readProblems = reads.flatMap((read) => read.problems);
  if (readProblems.length > 0) {
    // Still validate what could be read, so one run shows every problem.
    throw new CatalogError([...readProblems, ...validateCatalog(sources).problems]);
  }
  return loadCatalog(sources);
}

async function listJsonFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const dirent of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, dirent.name);
    if (dirent.isDirectory()) {
      if (dirent.name !== "node_modules" && dirent.name !== "schema") found.push(...(await listJsonFiles(path)));
    } else if (isEntryFileName(dirent.name)) {
      found.push(path);
    }
  }
  return found;
}

function isEntryFileName(name: string): boolean {
  return name.endsWith(".json") && !name.endsWith(".schema.json") && name !== "package.json";
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function readVersion(dir: string): Promise<string | undefined> {
  try {
    const json: unknown = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
    if (typeof json === "object" && json !== null && "version" in json && typeof json.version === "string") {
      return json.version;
    }
  } catch {
    // No package.json: a plain directory of entries has no version of its own.
  }
  return undefined;
}
