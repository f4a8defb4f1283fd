import type { ExitCode, FailOn } from "@sis/core";
import { Command, Option } from "commander";
import { runAnalyze } from "./commands/analyze.js";
import { type AnalyzeFlags, parseJobs } from "./commands/analyze-flags.js";
import { type CatalogListFlags, runCatalogList } from "./commands/catalog-list.js";
import { type CatalogNewFlags, runCatalogNew } from "./commands/catalog-new.js";
import { type CatalogShowFlags, runCatalogShow } from "./commands/catalog-show.js";
import { runCatalogValidate } from "./commands/catalog-validate.js";
import { INPUT_FORMATS } from "./commands/input-format.js";
import type { McpFlags } from "./commands/mcp.js";
import { type MergeFlags, runMerge } from "./commands/merge.js";
import { USAGE_HINT } from "./failure.js";
import type { CliIo } from "./io.js";
import { INTEGRATIONS } from "./render/escalation-route.js";
import { FORMATS } from "./render/format.js";
import { GROUP_BY } from "./view/group-by.js";

/** What an action leaves behind for main to return; commander itself knows nothing of exit codes. */
export interface RunState {
  exitCode: ExitCode;
}

export const FAIL_ON = ["error", "warning", "never"] as const satisfies readonly FailOn[];

const collect = (value: string, previous: string[]) => [...previous, value];

/** Options that shape a finished report, the same for a run and for a merge. */
const groupByOption = () =>
  new Option("--group-by <key>", "arrange table and markdown output").choices(GROUP_BY).default("course");
const failOnOption = () =>
  new Option("--fail-on <level>", "exit 1 when a finding is at or above").choices(FAIL_ON).default("error");

/** Commander wiring only: every action hands over to a command module. */
export function buildProgram(io: CliIo, state: RunState): Command {
  const program = new Command("gpb-analyze");
  // Set before subcommands are added, which copy these settings.
  program
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })
    .showHelpAfterError(`(${USAGE_HINT})`)
    // Root options stop at `catalog`, so `catalog list --catalog DIR` belongs to the subcommand.
    .enablePositionalOptions();
  program
    .description(
      "Explain Canvas grade passback (Grade Sync) failures from an exported log, with the fix per person; " +
        "and check SIS imports (provisioning), linking passback failures to the import problems that cause them.",
    )
    .argument(
      "[files...]",
      "log exports (CSV, TSV, JSON, NDJSON, text; .gz too) and SIS imports (the import's JSON, its errors file " +
        "sis_errors_attachment_ID.csv and the CSVs it imported; loose, a folder or a zip), in any mix; " +
        "`-` or nothing reads stdin",
    )
    .addOption(
      new Option(
        "-f, --format <format>",
        "output format (default: table on a terminal, else json); csv is one row per finding, safe for spreadsheets; " +
          "escalation is a Markdown note per course, escalation-text the same as plain text; html is one " +
          "self-contained page to open, attach or print",
      ).choices(FORMATS),
    )
    .option("--sis <name>", "SIS of records that do not name one (aspen, powerschool, infinite-campus, …)")
    .addOption(
      new Option(
        "--input-format <shape>",
        "read every input as this, even one that does not look like a log (default: detected)",
      ).choices(INPUT_FORMATS),
    )
    .option(
      "--catalog <dir>",
      "extra catalog directory; its entries override built-in ones by id (repeatable)",
      collect,
      [],
    )
    .option("--canvas-url <url>", "Canvas base URL (https://school.instructure.com) to link courses")
    .addOption(
      new Option("--integration <who>", "who runs the SIS integration; decides whom escalation notes address")
        .choices(INTEGRATIONS)
        .default("unknown"),
    )
    .option("--no-bom", "csv: leave out the UTF-8 byte-order mark that lets Excel read accented names")
    .addOption(groupByOption())
    .option("--only-unresolved", "leave out findings a later successful sync cleared (not applied to ndjson)")
    .addOption(failOnOption())
    .option("--redact", "replace student names, ids and emails with pseudonyms in every output")
    .option("--all-users", "list every affected student of a finding (by default the first 3; usersTotal counts all)")
    .option("--mergeable", "write the JSON report with the state `gpb-analyze merge` needs to combine shards exactly")
    .option("--jobs <n>", "files analysed at once on worker threads (default: one per core)", parseJobs)
    .option("-q, --quiet", "print only the report: no summary, progress or diagnostics on stderr")
    .option("-V, --version", "print the tool's and the catalog's versions")
    .addHelpText(
      "after",
      "\nAn SIS import: gpb-analyze sis-import-4821/ (or .zip) [grade-sync.csv]\n" +
        "\nExit codes: 0 nothing at or above --fail-on, 1 findings at or above it,\n2 usage, input or catalog error.",
    )
    .action(async (files: string[], flags: AnalyzeFlags) => {
      state.exitCode = await runAnalyze(files, flags, io, () => program.helpInformation());
    });
  addCatalogCommands(program, io, state);
  addMergeCommand(program, io, state);
  program
    .command("mcp")
    .description("serve the analysis to AI agents: a Model Context Protocol server on stdin/stdout")
    .addOption(
      new Option("--catalog <dir>", "extra catalog directory for every tool (repeatable)")
        .argParser(collect)
        .default([]),
    )
    .action(async (flags: McpFlags) => {
      // Loaded only for this command: the MCP SDK's dependencies, once loaded, make every other run slower (they
      // change built-ins V8 relies on to keep arrays and promises fast: twice the garbage collection, measured).
      const { runMcp } = await import("./commands/mcp.js");
      state.exitCode = await runMcp(flags, io);
    });
  return program;
}

function addMergeCommand(program: Command, io: CliIo, state: RunState): void {
  program
    .command("merge")
    .description("combine reports made with --mergeable into one, as if all their inputs were analysed in one run")
    .argument("[reports...]", "JSON reports, merged in the order given; `-` or nothing reads them from stdin")
    .addOption(
      new Option("-f, --format <format>", "output format (default: table on a terminal, else json)").choices(
        FORMATS.filter((format) => format !== "ndjson"),
      ),
    )
    .addOption(
      new Option("--catalog <dir>", "extra catalog directory the shards were made with (repeatable)")
        .argParser(collect)
        .default([]),
    )
    .addOption(groupByOption())
    .option("--only-unresolved", "leave out findings a later successful sync cleared")
    .addOption(failOnOption())
    .option("--all-users", "list every affected student of a finding (by default the first 3)")
    .option("--mergeable", "keep the state a further merge needs (merge merged reports, e.g. per host, then all)")
    .option("-q, --quiet", "print only the report, no summary line on stderr")
    .action(async (reports: string[], flags: MergeFlags) => {
      state.exitCode = await runMerge(reports, flags, io);
    });
}

function addCatalogCommands(program: Command, io: CliIo, state: RunState): void {
  const catalog = program.command("catalog").description("list, show, validate and start catalog entries");
  const catalogDirs = () =>
    new Option("--catalog <dir>", "extra catalog directory (repeatable)").argParser(collect).default([]);
  catalog
    .command("list")
    .description("every entry in effect: id, SIS, title, severity, provenance, samples")
    .addOption(
      new Option("-f, --format <format>", "default: table on a terminal, else json").choices(["json", "table"]),
    )
    .addOption(catalogDirs())
    .action(async (flags: CatalogListFlags) => {
      state.exitCode = await runCatalogList(flags, io);
    });
  catalog
    .command("show")
    .description("one entry: what it means and the fix per person")
    .argument("<id>", "entry id, such as aspen-session-expired")
    .addOption(new Option("-f, --format <format>").choices(["text", "json"]).default("text"))
    .addOption(catalogDirs())
    .action(async (id: string, flags: CatalogShowFlags) => {
      state.exitCode = await runCatalogShow(id, flags, io);
    });
  catalog
    .command("new")
    .description("write entries/<sis>/<id>.json with every field to fill in; catalog validate fails until it is")
    .argument("<sis>", "SIS slug, such as aspen or infinite-campus")
    .argument("<id>", "new kebab-case id, such as aspen-grade-scale-missing")
    .option("--catalog <dir>", "catalog directory to write into (default: the built-in catalog, for a pull request)")
    .action(async (sis: string, id: string, flags: CatalogNewFlags) => {
      state.exitCode = await runCatalogNew(sis, id, flags, io);
    });
  catalog
    .command("validate")
    .description("check the built-in catalog plus DIRs and list every problem (exit 2 when any)")
    .argument("[dirs...]", "catalog directories to check with the built-in one")
    .action(async (dirs: string[]) => {
      state.exitCode = await runCatalogValidate(dirs, io);
    });
}
