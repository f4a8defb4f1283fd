import { analyze, type NamedInput, type Report, TOOL } from "@sis/core";
import { expandFolders, openInput } from "@sis/core/node";
import { z } from "zod";
import type { CliCatalog } from "../catalog/load.js";
import { checkCanvasUrl } from "../commands/analyze-flags.js";
import { checkAnyInputRead } from "../commands/check-any-input-read.js";
import { checkSis } from "../commands/check-sis.js";
import { UsageError } from "../usage-error.js";
import { expects } from "./argument-error.js";

/** Where a tool's log comes from, and the analysis options the CLI has for it. */
export const LogInput = {
  paths: z
    .array(z.string(expects("a file path")), expects('a list of file paths, such as ["export.csv"]'))
    .optional()
    .describe(
      "Log files (CSV, TSV, JSON, NDJSON, text; .gz too) and SIS import files (the import's JSON, its errors file, " +
        "its CSVs; a folder or a zip), absolute or relative to the server's directory",
    ),
  text: z
    .string(expects("the log's text"))
    .optional()
    .describe("The log itself (pasted lines of an export), instead of paths"),
  sis: z
    .string(expects("the name of an SIS, such as aspen or powerschool"))
    .optional()
    .describe("SIS of records that do not name one (aspen, powerschool, …), like --sis"),
  redact: z
    .boolean(expects("true or false"))
    .optional()
    .describe("Replace student names, ids and emails with pseudonyms, like --redact"),
  canvasUrl: z
    .string(expects('a Canvas base URL, such as "https://school.instructure.com"'))
    .optional()
    .describe("Canvas base URL to link courses, like --canvas-url"),
};

const LogInputObject = z.object(LogInput);
export type LogInput = z.infer<typeof LogInputObject>;

/** What the tools call the SIS argument, in the message that refuses an SIS the catalog does not know. */
export const SIS_ARGUMENT = "`sis`";

/** The name inline text goes by in examples and diagnostics. */
export const INLINE_NAME = "text";

/** Analyse the tool's log as the CLI would (same options, same errors), into a whole report. */
export async function analyzeLog(input: LogInput, catalog: CliCatalog): Promise<Report> {
  const canvasUrl = checkCanvasUrl(input.canvasUrl);
  checkSis(input.sis, catalog.compiled.sisSlugs, { argument: SIS_ARGUMENT });
  const report = await analyze(await inputsOf(input), {
    catalog: catalog.compiled,
    tool: TOOL,
    redact: input.redact === true,
    ...(input.sis !== undefined && { sis: input.sis }),
    ...(canvasUrl !== undefined && { canvasUrl }),
  });
  checkAnyInputRead(report, input.paths ?? []);
  return report;
}

async function inputsOf(input: LogInput): Promise<NamedInput[]> {
  const paths = input.paths ?? [];
  if (paths.length > 0 === (input.text !== undefined)) {
    const got = paths.length > 0 ? "both" : "neither";
    throw new UsageError(`expected either \`paths\` (log files) or \`text\` (the log itself), got ${got}`);
  }
  if (input.text !== undefined) return [{ name: INLINE_NAME, data: input.text }];
  // A folder (a downloaded SIS import) stands for the files under it, as on the command line.
  return (await expandFolders(paths)).map((file) => {
    // "-" would be the server's own stdin, which carries the protocol.
    if (file.path === "-") throw new UsageError('expected file paths, got "-": pass the log as `text` instead');
    return openInput(file);
  });
}
