import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Group, Report } from "@sis/core";
import { z } from "zod";
import type { CliCatalog } from "../catalog/load.js";
import { renderEscalation, renderEscalationText } from "../render/escalation.js";
import { INTEGRATIONS } from "../render/escalation-route.js";
import { renderedText } from "../render/renderer.js";
import { onlyUnresolved } from "../view/only-unresolved.js";
import { courseLabel, groupsOfCourse } from "./course-match.js";
import { analyzeLog, LogInput } from "./log-input.js";
import { guarded, toolResult } from "./tool-result.js";

/** The longest note returned at once (about 15k tokens); past it, whole courses are left out and named. */
export const NOTE_CHAR_LIMIT = 60_000;

const EscalationInput = {
  ...LogInput,
  course: z.string().optional().describe("Course id or name (as in the analyze result); all courses when absent"),
  onlyUnresolved: z.boolean().optional().describe("Leave out findings a later successful sync cleared"),
  integration: z
    .enum(INTEGRATIONS)
    .optional()
    .describe("Who runs the SIS integration (as --integration): decides whom the note addresses; unknown by default"),
  plain: z.boolean().optional().describe("Plain text (as --format escalation-text) instead of Markdown"),
};

const EscalationOutput = {
  note: z
    .string()
    .describe("The ticket-ready note, as `gpb-analyze --format escalation` (or escalation-text) writes it"),
  courses: z.number().int().describe("Courses the note covers"),
  omittedCourses: z
    .array(z.string())
    .describe(`Courses left out to keep the note under ${NOTE_CHAR_LIMIT} characters: ask for each by \`course\``),
};

/** `escalation`: a course (or every course) of a log → the escalation note to send to whoever must act. */
export function registerEscalationTool(server: McpServer, catalog: CliCatalog): void {
  server.registerTool(
    "escalation",
    {
      title: "Escalation note",
      description:
        "The ticket-ready Markdown note for one course (or all) of a Grade Sync log: who it goes to, what failed " +
        "for which students, examples of the error text, and a checklist of what to attach.",
      inputSchema: EscalationInput,
      outputSchema: EscalationOutput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (input) =>
      guarded(async () => {
        const whole = await analyzeLog(input, catalog);
        const report = input.onlyUnresolved ? onlyUnresolved(whole) : whole;
        const courses = coursesOf(report.groups, input.course);
        const render = input.plain ? renderEscalationText : renderEscalation;
        const options = { ...(input.integration !== undefined && { integration: input.integration }) };
        const kept: Group[][] = [];
        let size = 0;
        for (const groups of courses) {
          size += renderedText(render(withGroups(report, groups), options)).length;
          if (kept.length > 0 && size > NOTE_CHAR_LIMIT) break;
          kept.push(groups);
        }
        const omittedCourses = courses.slice(kept.length).map((groups) => courseLabel(groups[0] as Group));
        const note = renderedText(render(withGroups(report, kept.flat()), options));
        const texts = [note];
        if (omittedCourses.length > 0) {
          texts.push(
            `Left out ${omittedCourses.length} more courses to stay under ${NOTE_CHAR_LIMIT} characters; call ` +
              `escalation with course set to each: ${omittedCourses.join(", ")}. Or run \`gpb-analyze --format ` +
              "escalation FILE… > note.md` for all of them.",
          );
        }
        return toolResult({ note, courses: kept.length, omittedCourses }, texts);
      }),
  );
}

function withGroups(report: Report, groups: Group[]): Report {
  return { ...report, groups };
}

/** Groups per course in report order; only the named course's when `wanted` is given. */
function coursesOf(groups: readonly Group[], wanted: string | undefined): Group[][] {
  const byCourse = new Map<string, Group[]>();
  for (const group of wanted === undefined ? groups : groupsOfCourse(groups, wanted)) {
    const key = `${group.course.id ?? ""}\u0000${group.course.name ?? ""}`;
    byCourse.set(key, [...(byCourse.get(key) ?? []), group]);
  }
  return [...byCourse.values()];
}
