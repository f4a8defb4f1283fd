import { readFile, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import ts from "typescript";
import { BENCH_DIR } from "./paths.js";

/**
 * Turn a bench helper (parse-only, rss-probe) into plain ESM in .bench/ so the child runs under bare `node`: a tsx
 * loader in the child would add its start-up and compile time to the baseline and skew every ratio.
 * .bench/ sits under the repository root, so `csv-parse` resolves from the root node_modules as usual.
 */
export async function transpileHelper(source: string): Promise<string> {
  const text = await readFile(source, "utf8");
  const { outputText } = ts.transpileModule(text, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const out = join(BENCH_DIR, `${basename(source, ".ts")}.mjs`);
  await writeFile(out, outputText);
  return out;
}
