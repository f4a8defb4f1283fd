import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "packages/cli/dist/bin.js");
const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The command lines of the first sh block after a heading, comments cut off. */
function commandsUnder(heading: string): string[] {
  const block = new RegExp(`${heading}\\n[\\s\\S]*?\`\`\`sh\\n([\\s\\S]*?)\`\`\``).exec(README)?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => line.replace(/\s+#\s.*$/, "").trim())
    .filter((line) => line !== "");
}

/**
 * The repository root as a reader's shell sees it after the Quick start, except that files the commands write land
 * in a scratch directory: `tests` links to the repository's, and PATH has node_modules/.bin as the Quick start puts it.
 */
let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), "gpb-readme-"));
  await symlink(join(ROOT, "tests"), join(cwd, "tests"));
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

function shell(command: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn("bash", ["-c", command], {
    cwd,
    env: { PATH: `${join(ROOT, "node_modules/.bin")}${delimiter}${process.env.PATH}`, NO_COLOR: "1" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise((done) => child.on("close", (code) => done({ code, stdout, stderr })));
}

describe.skipIf(!existsSync(BIN))("the README's commands, run as written", () => {
  it("Quick start puts gpb-analyze on PATH and runs it on a bundled example", async () => {
    const [install, path, run] = commandsUnder("## Quick start");
    expect(install).toMatch(/pnpm install --frozen-lockfile && pnpm build$/);
    expect(path).toBe('export PATH="$PWD/node_modules/.bin:$PATH"');
    const { code, stdout } = await shell(run ?? "");
    expect(code).toBe(1);
    expect(JSON.parse(stdout).summary.unresolvedFindings).toBeGreaterThan(0);
  });

  it("says first that a pipe or a file gets JSON", () => {
    const usingIt = README.slice(README.indexOf("## Using it"));
    expect(usingIt.split("\n\n")[1]).toMatch(/when stdout is not a terminal .* the\s+default format is JSON/s);
  });

  const commands = commandsUnder("## Using it");
  it("has commands to run", () => {
    expect(commands.length).toBeGreaterThanOrEqual(8);
  });

  // Each command is a process of its own; running them side by side keeps the file quick.
  it.concurrent.each(commands)("%s", async (command) => {
    const { code, stdout, stderr } = await shell(command);
    // 1 is "unresolved findings", the examples' point; 2 would be a usage or input error.
    expect([0, 1], stderr).toContain(code);
    expect(stderr).not.toMatch(/^(error|internal error):/m);
    if (command.includes("> findings.csv")) {
      const csv = await readFile(join(cwd, "findings.csv"), "utf8");
      expect(csv.startsWith("\uFEFFcourse_id,")).toBe(true);
    } else if (command.includes("> report.html")) {
      const html = await readFile(join(cwd, "report.html"), "utf8");
      expect(html.startsWith("<!doctype html>")).toBe(true);
    } else {
      expect(stdout.length).toBeGreaterThan(0);
    }
    if (command.includes("--format table")) expect(stdout).toContain("┌");
  });
});
