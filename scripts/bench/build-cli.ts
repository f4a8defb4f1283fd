import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CLI_BIN, REPO_ROOT } from "./paths.js";

/**
 * Build the packages so the measured CLI is the current source. If the build fails but a dist exists, measure
 * that (with a warning: it may be stale); with no dist there is nothing to measure, which is a hard error.
 */
export function buildCli(): void {
  process.stderr.write("pnpm build …\n");
  const build = spawnSync("pnpm", ["build"], { cwd: REPO_ROOT, encoding: "utf8" });
  if (build.status === 0) return;
  const tail = `${build.stdout ?? ""}${build.stderr ?? ""}`.trim().split("\n").slice(-8).join("\n");
  if (!existsSync(CLI_BIN)) {
    throw new Error(`pnpm build failed and ${CLI_BIN} does not exist; build the CLI first.\n${tail}`);
  }
  process.stderr.write(`warning: pnpm build failed; measuring the existing ${CLI_BIN}, which may be stale:\n${tail}\n`);
}

/** A run on the shared sample before minutes of measuring: a CLI that cannot analyze anything fails fast. */
export function smokeTest(sample: string): void {
  const run = spawnSync(process.execPath, [CLI_BIN, "--format", "json", "--quiet", sample], { encoding: "utf8" });
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`the CLI fails on ${sample} (exit ${run.status}):\n${(run.stderr ?? "").trim()}`);
  }
}

/** `gpb-analyze catalog validate DIR`; returns the problems printed when it refuses the directory. */
export function validateCatalogDir(dir: string): string | null {
  const run = spawnSync(process.execPath, [CLI_BIN, "catalog", "validate", dir], { encoding: "utf8" });
  return run.status === 0 ? null : `${run.stdout ?? ""}${run.stderr ?? ""}`.trim() || `exit ${run.status}`;
}
