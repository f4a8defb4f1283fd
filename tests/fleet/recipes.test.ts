import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runJobsLocally } from "../../scripts/fleet/run-k8s-jobs-locally.js";
import { csvOf, syncRowsArb } from "../support/sync-log.js";

const BIN_DIR = resolve("node_modules/.bin");
const BUILT = existsSync("packages/cli/dist/bin.js");
const HAS_PARALLEL = spawnSync("parallel", ["--version"]).status === 0;
const root = mkdtempSync(join(tmpdir(), "gpb-recipes-"));
/** gpb-analyze on PATH, as the recipes expect; GNU parallel told its citation notice was seen. */
const env = {
  PATH: `${BIN_DIR}${delimiter}${process.env.PATH}`,
  HOME: root,
  PARALLEL_HOME: join(root, ".parallel"),
};

/** The shell block of README.md that follows `<!-- recipe: NAME -->`. */
function recipe(name: string): string {
  const readme = readFileSync("README.md", "utf8");
  const found = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!found?.[1]) throw new Error(`README.md has no recipe ${name}`);
  return found[1];
}

function bash(script: string, cwd: string) {
  const run = spawnSync("bash", ["-eo", "pipefail", "-c", script], { cwd, env, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A directory with logs/ holding `count` exports (school-1.csv …), and what one run over all of them prints. */
function district(name: string, count: number): { dir: string; files: string[]; single: string; code: number | null } {
  const dir = join(root, name);
  mkdirSync(join(dir, "logs"), { recursive: true });
  const files = fc.sample(syncRowsArb, { numRuns: count, seed: 11 }).map((rows, i) => {
    writeFileSync(join(dir, "logs", `school-${i + 1}.csv`), csvOf(rows));
    return `school-${i + 1}.csv`;
  });
  const { stdout: single, code } = bash("gpb-analyze --format json --jobs 1 logs/*", dir);
  return { dir, files, single, code };
}

beforeAll(() => mkdirSync(env.PARALLEL_HOME, { recursive: true }));
beforeAll(() => writeFileSync(join(env.PARALLEL_HOME, "will-cite"), ""));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.skipIf(!BUILT || !HAS_PARALLEL)("README's GNU parallel recipes (need the built CLI and GNU parallel)", () => {
  it("one process per file, then one merge, gives one run's report", () => {
    const { dir, single, code } = district("parallel", 4);
    const run = bash(recipe("gnu-parallel"), dir);
    // The merge ends the recipe with the exit code one run gives (1: unresolved findings).
    expect(run.code, run.stderr).toBe(code);
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe(single);
  });

  it("across hosts (here --sshlogin : , this machine) gives one run's report too", () => {
    const { dir, single, code } = district("hosts", 4);
    const script = recipe("gnu-parallel-hosts").replace(/--sshlogin \S+/, "--sshlogin :");
    expect(script).toContain("--sshlogin : --transferfile {} --return {}.report.json --cleanup");
    const run = bash(script, dir);
    expect(run.code, run.stderr).toBe(code);
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe(single);
  });
});

describe.skipIf(!BUILT)("the Kubernetes recipe's scripts, run locally (needs the built CLI)", () => {
  it("every index of the Indexed Job at once, then the merge Job, give one run's report", async () => {
    const { dir, files } = district("kubernetes", 8);
    writeFileSync(join(dir, "logs", "files.txt"), `${files.join("\n")}\n`);
    mkdirSync(join(dir, "reports"));
    const manifests = ["docs/kubernetes/shards-job.yaml", "docs/kubernetes/merge-job.yaml"];
    expect(readFileSync(manifests[0] as string, "utf8")).toMatch(/completions: 8\n/);
    const saved = process.env.PATH;
    process.env.PATH = env.PATH;
    try {
      await runJobsLocally(dir, manifests);
    } finally {
      process.env.PATH = saved;
    }
    const paths = files.map((file) => join(dir, "logs", file));
    const single = spawnSync(
      process.execPath,
      ["packages/cli/dist/bin.js", "--format", "json", "--jobs", "1", ...paths],
      {
        encoding: "utf8",
      },
    ).stdout;
    expect(readFileSync(join(dir, "reports", "report.json"), "utf8")).toBe(single);
  });
});
