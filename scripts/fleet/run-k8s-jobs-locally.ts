/**
 * `tsx scripts/fleet/run-k8s-jobs-locally.ts DATA_DIR MANIFEST…`: run the Kubernetes recipe's own scripts on this
 * machine, as the cluster would, one manifest after the other: every index of an Indexed Job at once
 * (JOB_COMPLETION_INDEX set), the volume mounted at /data being DATA_DIR. gpb-analyze must be on PATH. Proves the
 * manifests' commands, not the cluster.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface JobScript {
  name: string;
  completions: number;
  indexed: boolean;
  env: Record<string, string>;
  script: string;
}

/** The Jobs of a manifest in order: each container's `sh -c` script, its env, and how many completions. */
export function jobScripts(manifest: string, dataDir: string): JobScript[] {
  return manifest.split(/^---$/m).map((doc) => {
    const name = /^ {2}name: (\S+)$/m.exec(doc)?.[1] ?? "job";
    const completions = Number(/^ {2}completions: (\d+)$/m.exec(doc)?.[1] ?? "1");
    const env: Record<string, string> = {};
    for (const [, key, value] of doc.matchAll(/- name: ([A-Z_]+)\n\s+value: (\S+)/g)) {
      env[key as string] = (value as string).replace(/^\/data/, dataDir);
    }
    return { name, completions, indexed: /completionMode: Indexed/.test(doc), env, script: blockAfterDashC(doc) };
  });
}

/** The literal block (`- |`) that follows `- -c`, de-indented. */
function blockAfterDashC(doc: string): string {
  const lines = doc.split("\n");
  const start = lines.findIndex((line, i) => line.trim() === "- |" && lines[i - 1]?.trim() === "- -c");
  if (start < 0) throw new Error("no `sh -c` block script in a Job of the manifest");
  const body: string[] = [];
  const indent = (lines[start + 1] ?? "").search(/\S/);
  for (const line of lines.slice(start + 1)) {
    if (line.trim() !== "" && line.search(/\S/) < indent) break;
    body.push(line.slice(indent));
  }
  return body.join("\n");
}

function runScript(script: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", script], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "inherit", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}: ${stderr.trim()}`))));
  });
}

export async function runJobsLocally(dataDir: string, manifests: readonly string[]): Promise<void> {
  const jobs = manifests.flatMap((manifest) => jobScripts(readFileSync(manifest, "utf8"), dataDir));
  for (const job of jobs) {
    const indexes = Array.from({ length: job.completions }, (_, index) => index);
    // Pods of an Indexed Job run at once (parallelism = completions in the recipe), each with its index.
    await Promise.all(
      indexes.map((index) =>
        runScript(job.script, { ...job.env, ...(job.indexed && { JOB_COMPLETION_INDEX: String(index) }) }).catch(
          (error: Error) => {
            throw new Error(`${job.name} index ${index}: ${error.message}`);
          },
        ),
      ),
    );
  }
}

if (process.argv[1]?.endsWith("run-k8s-jobs-locally.ts")) {
  const [dataDir, ...manifests] = process.argv.slice(2);
  if (!dataDir || manifests.length === 0) {
    process.stderr.write("usage: tsx scripts/fleet/run-k8s-jobs-locally.ts DATA_DIR MANIFEST…\n");
    process.exit(2);
  }
  await runJobsLocally(dataDir, manifests);
  process.stdout.write(`merged report: ${join(dataDir, "reports/report.json")}\n`);
}
