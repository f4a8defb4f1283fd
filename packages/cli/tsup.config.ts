import { defineConfig } from "tsup";

export default defineConfig({
  // The worker thread's script is built beside the bin, which starts it by URL.
  entry: { bin: "src/bin.ts", html: "src/render/html/index.ts", "analyze-worker": "src/parallel/analyze-worker.ts" },
  format: ["esm"],
  dts: { entry: { html: "src/render/html/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "node20",
});
