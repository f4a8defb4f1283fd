import { defineConfig } from "tsup";

export default defineConfig({
  // The worker thread's script is built beside the bin, which starts it by URL.
  entry: { bin: "src/bin.ts", "analyze-worker": "src/parallel/analyze-worker.ts" },
  format: ["esm"],
  clean: true,
  sourcemap: true,
  target: "node20",
});
