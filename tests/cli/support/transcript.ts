import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TOOL } from "@sis/core";
import { builtinCatalogDir } from "@sis/core/node";
import type { RunResult } from "./run-cli.js";

const CATALOG_VERSION = (
  JSON.parse(readFileSync(join(builtinCatalogDir(), "package.json"), "utf8")) as { version: string }
).version;

/** A version where it stands alone, not inside a longer number such as 11.0.0.1. */
const standing = (version: string) => new RegExp(`(?<![\\d.])${version.replaceAll(".", "\\.")}(?![\\d.])`, "g");

/**
 * The versions of the tool and of the built-in catalog as placeholders, so bumping either (as every catalog pull
 * request does) changes no snapshot; tests that care about a version check it themselves.
 */
export function withoutVersions(text: string): string {
  return text.replace(standing(CATALOG_VERSION), "<catalog-version>").replace(standing(TOOL.version), "<tool-version>");
}

/** Command, exit code and both streams in one text, so a snapshot shows everything a user would see. */
export function transcript(args: readonly string[], result: RunResult): string {
  return withoutVersions(
    [
      `$ gpb-analyze ${args.join(" ")}`,
      `exit ${result.code}`,
      "--- stdout ---",
      result.stdout.trimEnd(),
      "--- stderr ---",
      result.stderr.trimEnd(),
      "",
    ].join("\n"),
  );
}
