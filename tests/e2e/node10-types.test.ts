import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const TYPES = "packages/core/dist/node.d.ts";
const TSC = createRequire(import.meta.url).resolve("typescript/bin/tsc");

// Types come from the build: this runs after `pnpm build`, as in CI.
describe.skipIf(!existsSync(TYPES))("TypeScript consumers on moduleResolution node10", () => {
  it("find the types of @sis/core and of @sis/core/node", () => {
    const result = spawnSync(process.execPath, [TSC, "-p", "tests/fixtures/node10/tsconfig.json"], {
      encoding: "utf8",
    });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
    // tsc takes seconds on a busy machine.
  }, 60_000);
});
