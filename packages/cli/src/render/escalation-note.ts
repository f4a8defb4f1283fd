import { Actor, type Group, plural, type Report } from "@sis/core";
import type { Block } from "./document.js";
import { attachAndCheck, courseBlocks } from "./escalation-course.js";
import { exampleBlocks } from "./escalation-examples.js";
import { type Issue, issuesOf } from "./escalation-issues.js";
import {
  addressee,
  firstActor,
  INTEGRATION_LINES,
  type Integration,
  RERUN_FIRST,
  targetOf,
} from "./escalation-route.js";
import {
  ACTOR_LABELS,
  assignmentLabel,
  candidateHint,
  courseLabel,
  dateLabel,
  sisOption,
  sisOptions,
  WORDING_LABELS,
} from "./labels.js";

export interface NoteOptions {
  integration: Integration;
  /** Name the input of each example (by its base name) only when the run read more than one. */
  inputNames: boolean;
}

/**
 * The escalation note for one course: who it is for and who acts first, per error what fails and what is asked,
 * then the course, the affected users, what to attach and a checklist. Null when every finding is resolved.
 */
export function escalationNote(
  report: Pick<Report, "entries">,
  groups: readonly Group[],
  options: NoteOptions,
): Block[] | null {
  const { issues, resolved } = issuesOf(report, groups);
  const first = groups[0];
  if (!first || issues.length === 0) return null;
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: `Grade passback escalation: ${courseLabel(first.course)}` },
    routing(issues, options.integration),
    { kind: "heading", level: 2, text: "What fails and what we ask" },
    ...issues.flatMap((issue, i) => issueBlocks(issue, i + 1, options)),
  ];
  if (resolved > 0) {
    const text = `${plural(resolved, "finding")} of this course that a later successful sync cleared.`;
    blocks.push({ kind: "paragraph", label: "Left out", text });
  }
  const times = issues.some(({ places }) => places.some(({ finding }) => finding.lastSeen !== null));
  return [
    ...blocks,
    ...courseBlocks(groups, issues),
    ...attachAndCheck(issues, { courseUrl: first.course.url !== null, times }),
  ];
}

function routing(issues: readonly Issue[], integration: Integration): Block {
  const routed = issues.filter((issue) => rerunOption(issue) === null);
  const to = [...new Set(routed.map(({ entry }) => addressee(targetOf(entry), integration)))];
  const acting = new Set(routed.map(({ entry }) => firstActor(entry, integration)));
  const first: string[] = Actor.options.filter((actor) => acting.has(actor)).map((actor) => ACTOR_LABELS[actor]);
  const waiting = issues.length - routed.length;
  if (waiting > 0) {
    // Each SIS once, though several errors name it among their candidates.
    const sis = new Set(
      issues.flatMap((issue) => (rerunOption(issue) === null ? [] : (issue.finding.candidateSis ?? []))),
    );
    const rerun = `run it again with ${sisOptions(sis)}`;
    to.push(
      routed.length === 0
        ? `not known yet: whoever ran this report should ${rerun}, and the entry that then explains the error says whom it goes to`
        : `not known yet for ${plural(waiting, "error")}: whoever ran this report should ${rerun} first`,
    );
    first.unshift(`${RERUN_FIRST} (${rerun})`);
  }
  return {
    kind: "fields",
    fields: [
      { label: "To", value: capitalized(to.join("; ")) },
      { label: "Acts first", value: first.join(", ") },
      { label: "Integration", value: INTEGRATION_LINES[integration] },
    ],
  };
}

/**
 * For an error only an entry of an SIS the log does not name explains, the `--sis` to run again with. Asking Canvas
 * support or the school what it means would send them an error the catalog explains once the run names the SIS.
 */
function rerunOption({ entry, finding }: Issue): string | null {
  return entry ? null : sisOption(finding);
}

function issueBlocks(issue: Issue, number: number, options: NoteOptions): Block[] {
  const { entry, finding, fix, places } = issue;
  const target = targetOf(entry);
  const rerun = rerunOption(issue);
  const blocks: Block[] = [
    { kind: "heading", level: 3, text: `${number}. ${entry ? entry.title : "An error no catalog entry explains"}` },
    { kind: "paragraph", label: "What fails", text: whatFails(entry, rerun) },
  ];
  if (entry) blocks.push({ kind: "paragraph", label: "Wording", text: WORDING_LABELS[entry.wording] });
  if (rerun !== null) {
    // Before anyone is asked what it means: an entry explains it once the run names the SIS, and says who acts.
    blocks.push(
      { kind: "paragraph", label: "Before sending", text: candidateHint(finding) ?? "" },
      {
        kind: "paragraph",
        label: "Acts first",
        text: `${RERUN_FIRST}: run it again with ${rerun}; the entry that then explains the error says who acts and what to ask.`,
      },
    );
  } else {
    blocks.push({ kind: "paragraph", label: "Acts first", text: ACTOR_LABELS[firstActor(entry, options.integration)] });
    const asked = target === "integration" ? undefined : fix?.[target];
    blocks.push({
      kind: "list",
      label: `What we ask of ${addressee(target, options.integration)}`,
      items: asked ?? [
        "Tell us what this error means and how to fix it; its exact text and where it happened are quoted with it.",
      ],
      ordered: asked !== undefined,
    });
  }
  const others = Actor.options.flatMap((actor) =>
    actor === target ? [] : (fix?.[actor] ?? []).map((step) => `${ACTOR_LABELS[actor]}: ${step}`),
  );
  if (others.length > 0) blocks.push({ kind: "list", label: "What the others do", items: others });
  blocks.push({ kind: "list", label: "Where and when", items: places.map(whereAndWhen) });
  return [...blocks, ...exampleBlocks(places, options.inputNames)];
}

function whatFails(entry: Issue["entry"], rerun: string | null): string {
  if (entry) return entry.meaning;
  if (rerun !== null)
    return "Not known from this run: only an entry of an SIS the log does not name explains this error.";
  return "No catalog entry explains this error yet, so what it means is not known.";
}

function whereAndWhen({ group, finding }: Issue["places"][number]): string {
  const students = finding.students > 0 ? ` for ${plural(finding.students, "student")}` : "";
  // A log without timestamps leaves both null: "on —" would read as a date left blank.
  const when =
    finding.lastSeen === null
      ? "; the log gives no time"
      : finding.firstSeen === finding.lastSeen
        ? `, on ${dateLabel(finding.lastSeen)}`
        : `, first ${dateLabel(finding.firstSeen)}, last ${dateLabel(finding.lastSeen)}`;
  return `${assignmentLabel(group.assignment)}: ${plural(finding.count, "error")}${students}${when}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
