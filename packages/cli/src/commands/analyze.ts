import {
  analyzeStream,
  EXIT_CODES,
  type ExitCode,
  exitCodeTracker,
  type Group,
  materializeReport,
  type StreamedReport,
  TOOL,
} from "@sis/core";
import { loadCliCatalog } from "../catalog/load.js";
import { type CliIo, wantsColour, writeOut } from "../io.js";
import type { Renderer } from "../render/renderer.js";
import { RENDERERS } from "../render/renderers.js";
import { summaryLine } from "../render/summary-line.js";
import { createStderrReporter } from "../stderr/stderr-reporter.js";
import { outputWidth } from "../terminal-width.js";
import { onlyUnresolved } from "../view/only-unresolved.js";
import { type AnalyzeFlags, checkCanvasUrl } from "./analyze-flags.js";
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
  const catalog = await loadCliCatalog(flags.catalog);
  const renderer: Renderer = RENDERERS[flags.format ?? (io.stdout.isTTY ? "table" : "json")];
  const stderr = createStderrReporter(io, flags.quiet === true);
  for (const line of catalog.overrides)
    stderr.diagnostic({ line: 0, code: "catalog-override", message: line, source: "catalog" });

  const report = await analyzeStream(openInputs(files, io), {
    catalog: catalog.compiled,
    tool: TOOL,
    redact: flags.redact === true,
    ...(flags.sis !== undefined && { sis: flags.sis }),
    ...(canvasUrl !== undefined && { canvasUrl }),
    onDiagnostic: stderr.diagnostic,
    onRecord(analyzed) {
      stderr.record();
      const line = renderer.renderRecord?.(analyzed);
      // Reading waits while stdout's reader catches up, so NDJSON for a slow agent is not held in memory.
      return line ? writeOut(io.stdout, line) : undefined;
    },
  });
  stderr.finish();

  const filtered = flags.onlyUnresolved ? onlyUnresolved(report) : report;
  // The exit code is decided by the groups as they go past, whoever reads them.
  const exitCode = exitCodeTracker(flags.failOn);
  const shown: StreamedReport = { ...filtered, groups: watch(filtered.groups, exitCode.see) };
  const options = {
    groupBy: flags.groupBy,
    colour: wantsColour(io),
    width: outputWidth(io),
    integration: flags.integration,
    bom: flags.bom,
    redacted: flags.redact === true,
  };
  const rendered = renderer.streamed
    ? renderer.render(shown, options)
    : renderer.render(materializeReport(shown), options);
  for (const chunk of typeof rendered === "string" ? [rendered] : rendered) await writeOut(io.stdout, chunk);
  // Groups a format does not print (NDJSON) still decide the exit code.
  for (const _group of shown.groups) {
    // drained only for the exit code
  }
  // The table ends with this line itself; other formats are for machines or tickets, so it goes to stderr.
  if (!flags.quiet && !renderer.includesSummary) io.stderr.write(`${summaryLine(shown)}\n`);
  return exitCode.code();
}

function* watch(groups: Iterable<Group>, see: (group: Group) => void): Generator<Group> {
  for (const group of groups) {
    see(group);
    yield group;
  }
}
