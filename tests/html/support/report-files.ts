import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Report } from "@sis/core";
import { expect } from "vitest";
import { runCli } from "../../cli/support/run-cli.js";

export interface ReportFiles {
  /** The JSON report of the same input and options, to compare the page with. */
  json: Report;
  html: string;
  path: string;
  url: string;
}

/** Run the CLI on `inputs` twice, as --format json and --format html, and write the page into `dir`. */
export async function reportFiles(
  dir: string,
  name: string,
  inputs: readonly string[],
  extra: readonly string[] = [],
): Promise<ReportFiles> {
  const json = await runCli([...inputs, ...extra, "--format", "json", "--quiet"]);
  const html = await runCli([...inputs, ...extra, "--format", "html", "--quiet"]);
  expect(json.stderr).toBe("");
  expect(html.stderr).toBe("");
  expect([0, 1]).toContain(html.code);
  const path = join(dir, `${name}.html`);
  await writeFile(path, html.stdout);
  return { json: JSON.parse(json.stdout) as Report, html: html.stdout, path, url: pathToFileURL(path).href };
}
