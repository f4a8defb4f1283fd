import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CORE = resolve(dirname(fileURLToPath(import.meta.url)), "../../packages/core/src");

/** Every module of core (tests left out) with the modules it imports, as paths relative to src without `.ts`. */
function moduleImports(): Map<string, string[]> {
  const modules = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
        const text = readFileSync(path, "utf8");
        const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((match) =>
          relative(CORE, resolve(dirname(path), (match[1] as string).replace(/\.js$/, ""))),
        );
        modules.set(relative(CORE, path).replace(/\.ts$/, ""), imports);
      }
    }
  };
  walk(CORE);
  return modules;
}

/** A module's layer: its folder, or the file itself for the few modules at the top of src. */
function layerOf(module: string): string {
  const slash = module.indexOf("/");
  return slash < 0 ? module : module.slice(0, slash);
}

function layerGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const [module, imports] of moduleImports()) {
    const from = layerOf(module);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const imported of imports) if (layerOf(imported) !== from) edges.add(layerOf(imported));
  }
  return graph;
}

/** The cycles of the layer graph, each as the path that closes it. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (node: string, path: string[]) => {
    if (state.get(node) === "done") return;
    if (state.get(node) === "open") {
      found.push([...path.slice(path.indexOf(node)), node]);
      return;
    }
    state.set(node, "open");
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    state.set(node, "done");
  };
  for (const node of graph.keys()) visit(node, []);
  return found;
}

describe("core's architecture", () => {
  it("has no import cycle between its folders: each stage depends only on the stages before it", () => {
    expect(cycles(layerGraph())).toEqual([]);
  });

  it("keeps the lower layers free of the pipeline's later stages", () => {
    const graph = layerGraph();
    // The shared building blocks import nothing of the pipeline; the pure core never imports the Node edge.
    expect([...(graph.get("util") ?? [])]).toEqual([]);
    for (const [layer, imports] of graph) if (layer !== "node") expect(imports.has("node"), layer).toBe(false);
  });

  it("is mapped in ARCHITECTURE.md: every folder of core's src has its line, and no line names a folder that is gone", () => {
    const map = readFileSync(resolve(CORE, "../../../ARCHITECTURE.md"), "utf8");
    const mapped = [...map.matchAll(/^\| `([a-z-]+)\/` +\|/gm)].map((match) => match[1]).sort();
    const folders = readdirSync(CORE, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(mapped).toEqual(folders);
  });
});
