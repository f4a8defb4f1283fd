import { analyzeStream, EXIT_CODES, type ExitCode, TOOL } from "@sis/core";
import { anyProvisioning, expandFolders, STDIN_NAME } from "@sis/core/node";
import { loadCliCatalog } from "../catalog/load.js";
import { type CliIo, writeOut } from "../io.js";
import type { BlockOptions } from "../parallel/analyze-block.js";
import { analyzeOnThreads } from "../parallel/analyze-files.js";
import type { Renderer } from "../render/renderer.js";
import { RENDERERS } from "../render/renderers.js";
import { createStderrReporter } from "../stderr/stderr-reporter.js";
import { type AnalyzeFlags, checkCanvasUrl, checkMergeableFlags } from "./analyze-flags.js";
import { checkAnyInputRead } from "./check-any-input-read.js";
import { checkSis } from "./check-sis.js";
import { emitReport } from "./emit-report.js";
import { openInputs } from "./open-inputs.js";
import { printVersion } from "./version.js";

/** `gpb-analyze [files…]`: read the logs, let core analyze them, render the report and pick the exit code. */
export async function runAnalyze(
  files: string[],
  flags: AnalyzeFlags,
  io: CliIo,
  usage: () => string,
): Promise<ExitCode> {
  if (flags.version) return printVersion(flags.catalog, io);
  if (files.length === 0 && io.stdin.isTTY) {
    // Reading a terminal would wait for typing that never comes; show how to call the tool instead.
    io.stderr.write(`error: expected a log file or piped input, got a terminal on stdin\n\n${usage()}`);
    return EXIT_CODES.failure;
  }
  const canvasUrl = checkCanvasUrl(flags.canvasUrl);
  checkMergeableFlags(flags);
  // A folder (a downloaded SIS import, say) stands for the files under it.
  const inputs = await expandFolders(files);
  const paths = inputs.map(({ path }) => path);
  const catalog = await loadCliCatalog(flags.catalog);
  checkSis(flags.sis, catalog.compiled.sisSlugs);
  const renderer: Renderer = RENDERERS[flags.format ?? (io.stdout.isTTY && !flags.mergeable ? "table" : "json")];
  const stderr = createStderrReporter(io, flags.quiet === true);
  for (const line of catalog.overrides)
    stderr.diagnostic({ line: 0, code: "catalog-override", message: line, source: "catalog" });

  // Stdin may be an SIS import input too; files say so by their first bytes.
  const provisioning = paths.length === 0 || paths.includes(STDIN_NAME) || (await anyProvisioning(paths));
  const threaded = provisioning ? 1 : threadsFor(paths, flags, io, renderer);
  const mergeable = flags.mergeable === true;
  const allUsers = flags.allUsers === true;
  const report =
    (threaded > 1
      ? await analyzeOnThreads(
          inputs,
          catalog,
          { ...analysisOptions(flags, canvasUrl), jobs: threaded, keep: { mergeable, allUsers } },
          stderr,
        )
      : null) ??
    (await analyzeStream(openInputs(inputs, io), {
      catalog: catalog.compiled,
      tool: TOOL,
      redact: flags.redact === true,
      mergeable,
      allUsers,
      linkSections: provisioning,
      ...analysisOptions(flags, canvasUrl),
      onDiagnostic: stderr.diagnostic,
      onRecord(analyzed) {
        stderr.record();
        const line = renderer.renderRecord?.(analyzed);
        // Reading waits while stdout's reader catches up, so NDJSON for a slow agent is not held in memory.
        return line ? writeOut(io.stdout, line) : undefined;
      },
    }));
  stderr.finish();
  checkAnyInputRead(report, files);

  return emitReport(report, renderer, flags, io);
}

function analysisOptions(flags: AnalyzeFlags, canvasUrl: string | undefined): BlockOptions {
  return {
    ...(flags.sis !== undefined && { sis: flags.sis }),
    ...(canvasUrl !== undefined && { canvasUrl }),
    ...(flags.inputFormat !== undefined && { inputShape: flags.inputFormat }),
  };
}

/**
 * Worker threads for several files: one per core (or --jobs), never more than files. One run stays on this thread
 * when threads cannot give the same output: a single file, stdin, NDJSON (records stream out in input order) and
 * --redact (pseudonyms are numbered in the order students appear in one run). A run with SIS import inputs stays
 * on this thread too: its checks look across files, and its passback findings link to its provisioning findings.
 */
function threadsFor(files: readonly string[], flags: AnalyzeFlags, io: CliIo, renderer: Renderer): number {
  if (files.length < 2 || files.includes(STDIN_NAME) || flags.redact || renderer.renderRecord) return 1;
  return Math.min(files.length, flags.jobs ?? io.cores ?? 1);
}
