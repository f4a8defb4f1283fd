import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { formatCount, plural, Report, Summary } from "@sis/core";
import { z } from "zod";
import type { CliCatalog } from "../catalog/load.js";
import { renderMarkdown } from "../render/markdown.js";
import { renderedText } from "../render/renderer.js";
import { summaryLine } from "../render/summary-line.js";
import { GROUP_BY } from "../view/group-by.js";
import { onlyUnresolved } from "../view/only-unresolved.js";
import { expects } from "./argument-error.js";
import { capReport, MAX_GROUPS, Omitted, omitsAnything, REPORT_CAPS } from "./cap-report.js";
import { analyzeLog, LogInput } from "./log-input.js";
import { Narrowed, NarrowInput, narrowedLine, narrowReport } from "./narrow-report.js";
import { guarded, largestResultThatFits, RESULT_CHAR_LIMIT, toolResult } from "./tool-result.js";

const AnalyzeInput = {
  ...LogInput,
  onlyUnresolved: z
    .boolean(expects("true or false"))
    .optional()
    .describe("Leave out findings a later successful sync cleared"),
  ...NarrowInput,
  groupBy: z
    .enum(GROUP_BY, expects(`one of ${GROUP_BY.join(", ")}`))
    .optional()
    .describe("How the Markdown text is arranged: per course (default), assignment or error"),
  maxGroups: z
    .number(expects(`a whole number from 1 to ${MAX_GROUPS}`))
    .int()
    .min(1)
    .max(MAX_GROUPS)
    .optional()
    .describe(
      `Groups (course + assignment) to return, most unresolved errors first; default ${REPORT_CAPS.groups}; fewer ` +
        `when more would pass ${formatCount(RESULT_CHAR_LIMIT)} characters`,
    ),
  skipGroups: z
    .number(expects("a whole number, 0 or more"))
    .int()
    .min(0)
    .optional()
    .describe("Groups to skip in that order before the ones returned: the next page of a large log; default 0"),
};

const AnalyzeOutput = {
  summary: Summary.describe("Counts of the whole log"),
  narrowed: Narrowed,
  omitted: Omitted,
  report: Report.describe("The report contract of `gpb-analyze --format json`, cut to the caps `omitted` describes"),
};

/** `analyze`: a log (files or text) → the summary, what was left out, and the report cut to a readable size. */
export function registerAnalyzeTool(server: McpServer, catalog: CliCatalog): void {
  server.registerTool(
    "analyze",
    {
      title: "Analyze a Grade Sync log",
      description:
        "Explain Canvas grade passback failures in a Grade Sync log export: per course and assignment, the error, " +
        "whether it still fails, who must act and the fix. Returns the summary first, then the report cut to the " +
        `${REPORT_CAPS.groups} groups with the most unresolved errors (${REPORT_CAPS.usersPerFinding} students per finding), ` +
        "saying what was left out and how to get it. Narrow it to one `course`, one catalog `entry` or the " +
        "`unexplained` errors; the summary still counts the whole log. What each error means, who acts first and its fix are " +
        "said once per catalog entry, in `entries` (a finding's own `fix` fills in its values).",
      inputSchema: AnalyzeInput,
      outputSchema: AnalyzeOutput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (input) =>
      guarded(async () => {
        const whole = await analyzeLog(input, catalog);
        const report = input.onlyUnresolved ? onlyUnresolved(whole) : whole;
        const entryIds = catalog.compiled.entries.map((entry) => entry.id);
        const { report: narrow, narrowed } = narrowReport(report, input, entryIds);
        const asked = input.maxGroups ?? REPORT_CAPS.groups;
        const skip = input.skipGroups ?? 0;
        const page = (groups: number): CallToolResult => {
          const capped = capReport(narrow, groups, skip);
          const markdown = renderedText(
            renderMarkdown(capped.report, { groupBy: input.groupBy ?? "course", colour: false }),
          );
          const lead = [summaryLine(report)];
          if (narrowed !== null) lead.push(narrowedLine(narrowed, report.summary));
          const position = pageLine(skip, capped.report.groups.length, narrow.groups.length, asked);
          if (position !== null) lead.push(position);
          if (omitsAnything(capped.omitted)) lead.push(leftOutLine(capped.omitted));
          return toolResult({ summary: report.summary, narrowed, omitted: capped.omitted, report: capped.report }, [
            lead.join("\n"),
            markdown,
          ]);
        };
        return largestResultThatFits(asked, page);
      }),
  );
}

/**
 * Where this page lies in the ranking, so an agent knows what to ask for next and never reads a page past the end
 * as a log without errors. Null when the result holds every group.
 */
function pageLine(skipped: number, kept: number, total: number, asked: number): string | null {
  if (skipped === 0 && kept === total) return null;
  const of = plural(total, "group");
  if (kept === 0) return `No groups on this page: skipGroups ${skipped} is past the last of the ${of}.`;
  const next = skipped + kept < total ? `next page: skipGroups ${skipped + kept}` : "the last page";
  const cut =
    kept < Math.min(asked, total - skipped)
      ? ` Only ${kept} of the ${asked} asked for fit in ${formatCount(RESULT_CHAR_LIMIT)} characters.`
      : "";
  const [first, last] = [skipped + 1, skipped + kept].map((n) => formatCount(n));
  return `Groups ${first} to ${last} of ${of}, the most unresolved errors first; ${next}.${cut}`;
}

function leftOutLine(omitted: Omitted): string {
  const parts = [
    [omitted.groups, "groups"],
    [omitted.users, "affected students in findings' lists"],
    [omitted.unknownTemplates, "unexplained templates"],
    [omitted.unknownVariants, "template variants"],
    [omitted.diagnostics, "diagnostics"],
    [omitted.provisioningFindings, "SIS import findings"],
    [omitted.provisioningObjects, "objects with SIS import findings"],
  ]
    .filter(([count]) => (count as number) > 0)
    .map(([count, what]) => `${count} ${what}`);
  return `Left out: ${parts.join(", ")}. ${omitted.howToGetAll}`;
}
