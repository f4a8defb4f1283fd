import {
  type ExitCode,
  exitCodeTracker,
  type FailOn,
  type Group,
  materializeReport,
  type StreamedReport,
} from "@sis/core";
import { type CliIo, wantsColour, writeOut } from "../io.js";
import { batched } from "../render/batched.js";
import type { Integration } from "../render/escalation-route.js";
import type { Renderer } from "../render/renderer.js";
import { SEPARATOR, summaryLine, summaryParts } from "../render/summary-line.js";
import { wrapParts } from "../render/wrap-text.js";
import { outputWidth } from "../terminal-width.js";
import type { GroupBy } from "../view/group-by.js";
import { onlyUnresolved } from "../view/only-unresolved.js";

/** The options that shape what is written once a report exists (of one run, or merged from several). */
export interface EmitFlags {
  groupBy: GroupBy;
  onlyUnresolved?: boolean;
  failOn: FailOn;
  quiet?: boolean;
  integration?: Integration;
  bom?: boolean;
  redact?: boolean;
}

/** Render the report on stdout, the summary line on stderr unless the format ends with it, and pick the exit code. */
export async function emitReport(
  report: StreamedReport,
  renderer: Renderer,
  flags: EmitFlags,
  io: CliIo,
): Promise<ExitCode> {
  const filtered = flags.onlyUnresolved ? onlyUnresolved(report) : report;
  // The exit code is decided by the groups as they go past, whoever reads them.
  const exitCode = exitCodeTracker(flags.failOn);
  const shown: StreamedReport = { ...filtered, groups: watch(filtered.groups, exitCode.see) };
  const options = {
    groupBy: flags.groupBy,
    colour: wantsColour(io),
    width: outputWidth(io),
    ...(flags.integration !== undefined && { integration: flags.integration }),
    ...(flags.bom !== undefined && { bom: flags.bom }),
    redacted: flags.redact === true,
  };
  const rendered = renderer.streamed
    ? renderer.render(shown, options)
    : renderer.render(materializeReport(shown), options);
  for (const chunk of typeof rendered === "string" ? [rendered] : batched(rendered)) await writeOut(io.stdout, chunk);
  // Groups a format does not print (NDJSON) still decide the exit code.
  for (const _group of shown.groups) {
    // drained only for the exit code
  }
  exitCode.seeProvisioning(report.provisioning);
  // The table ends with this line itself; other formats are for machines or tickets, so it goes to stderr.
  if (!flags.quiet && !renderer.includesSummary) {
    const lines = io.stderr.isTTY ? wrapParts(summaryParts(shown), SEPARATOR, outputWidth(io)) : [summaryLine(shown)];
    io.stderr.write(`${lines.join("\n")}\n`);
  }
  return exitCode.code();
}

function* watch(groups: Iterable<Group>, see: (group: Group) => void): Generator<Group> {
  for (const group of groups) {
    see(group);
    yield group;
  }
}
