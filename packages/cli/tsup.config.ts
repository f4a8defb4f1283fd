import { defineConfig } from "tsup";

export default defineConfig({
  entry: { bin: "src/bin.ts", html: "src/render/html/index.ts" },
  format: ["esm"],
  dts: { entry: { html: "src/render/html/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "node20",
});
