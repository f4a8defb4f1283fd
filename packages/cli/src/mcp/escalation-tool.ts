import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { formatCount, type Group, plural, type Report } from "@sis/core";
import { z } from "zod";
import type { CliCatalog } from "../catalog/load.js";
import { renderEscalation, renderEscalationText } from "../render/escalation.js";
import { INTEGRATIONS } from "../render/escalation-route.js";
import { renderedText } from "../render/renderer.js";
import { onlyUnresolved } from "../view/only-unresolved.js";
import { expects } from "./argument-error.js";
import { courseLabel, groupsOfCourse } from "./course-match.js";
import { analyzeLog, LogInput } from "./log-input.js";
import { guarded, largestResultThatFits, RESULT_CHAR_LIMIT, toolResult } from "./tool-result.js";

/**
 * Courses left out that a result names: a district's thousands of them would otherwise crowd out the note itself.
 * The rest are counted, and analyze names them.
 */
export const OMITTED_COURSES_NAMED = 50;

const LIMIT = formatCount(RESULT_CHAR_LIMIT);

const EscalationInput = {
  ...LogInput,
  course: z
    .string(expects("a course id or name, as text"))
    .optional()
    .describe("Course id or name (as in the analyze result); all courses when absent"),
  onlyUnresolved: z
    .boolean(expects("true or false"))
    .optional()
    .describe("Leave out findings a later successful sync cleared"),
  integration: z
    .enum(INTEGRATIONS, expects(`one of ${INTEGRATIONS.join(", ")}`))
    .optional()
    .describe("Who runs the SIS integration (as --integration): decides whom the note addresses; unknown by default"),
  plain: z
    .boolean(expects("true or false"))
    .optional()
    .describe("Plain text (as --format escalation-text) instead of Markdown"),
};

const EscalationOutput = {
  note: z
    .string()
    .describe("The ticket-ready note, as `gpb-analyze --format escalation` (or escalation-text) writes it"),
  courses: z.number().int().describe("Courses the note covers"),
  totalCourses: z.number().int().describe("Courses with findings (the one asked for by `course`, or all)"),
  omittedCourses: z
    .array(z.string())
    .describe(
      `The first ${OMITTED_COURSES_NAMED} courses (id, else name) left out to keep the result within ${LIMIT} ` +
        "characters: ask for each by `course`",
    ),
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
        const note = (kept: number) => renderedText(render(withGroups(report, courses.slice(0, kept).flat()), options));
        const result = (kept: number): CallToolResult => {
          const text = note(kept);
          const omitted = courses.slice(kept).map((groups) => courseLabel(groups[0] as Group));
          const named = omitted.slice(0, OMITTED_COURSES_NAMED);
          const texts = omitted.length > 0 ? [text, leftOutLine(omitted.length, named)] : [text];
          return toolResult({ note: text, courses: kept, totalCourses: courses.length, omittedCourses: named }, texts);
        };
        // The notes of the courses alone, SIS imports aside, pass the bound by this count: no need to render more.
        const withoutImports: Report = { ...report, provisioning: undefined };
        const courseNote = (groups: Group[]) => renderedText(render(withGroups(withoutImports, groups), options));
        return largestResultThatFits(coursesThatMayFit(courses, courseNote), result);
      }),
  );
}

/**
 * How many courses, in order, it takes for their notes alone to pass RESULT_CHAR_LIMIT (all of them if they never
 * do): the most a result can keep, found without rendering a district's whole note.
 */
function coursesThatMayFit(courses: readonly Group[][], courseNote: (groups: Group[]) => string): number {
  let size = 0;
  for (const [index, groups] of courses.entries()) {
    size += courseNote(groups).length;
    if (size > RESULT_CHAR_LIMIT) return index + 1;
  }
  return courses.length;
}

function leftOutLine(omitted: number, named: readonly string[]): string {
  const more = omitted - named.length;
  return (
    `Left out ${plural(omitted, "more course")} to keep this result within ${LIMIT} characters; call escalation ` +
    `with course set to each: ${named.join(", ")}${more > 0 ? `, and ${more} more (analyze names them)` : ""}. ` +
    "Or run `gpb-analyze --format escalation FILE… > note.md` for all of them."
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
