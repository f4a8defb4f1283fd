import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Output of the bench: generated exports, the padded catalog and results.json (git-ignored). */
export const BENCH_DIR = resolve(REPO_ROOT, ".bench");
/** The team's shared research folder, beside the repository; only used when the catalog has no sample lines. */
export const SHARED_DIR = process.env.GPB_SHARED_DIR ?? resolve(REPO_ROOT, "../shared");
export const CLI_BIN = resolve(REPO_ROOT, "packages/cli/dist/bin.js");
