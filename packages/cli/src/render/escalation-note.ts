import { Actor, type Group, type Report } from "@sis/core";
import type { Block } from "./document.js";
import { attachAndCheck, courseBlocks } from "./escalation-course.js";
import { exampleBlocks } from "./escalation-examples.js";
import { type Issue, issuesOf } from "./escalation-issues.js";
import { addressee, firstActor, INTEGRATION_LINES, type Integration, targetOf } from "./escalation-route.js";
import {
  ACTOR_LABELS,
  assignmentLabel,
  candidateHint,
  courseLabel,
  dateLabel,
  plural,
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
  return [...blocks, ...courseBlocks(groups, issues), ...attachAndCheck(issues, first.course.url !== null)];
}

function routing(issues: readonly Issue[], integration: Integration): Block {
  const to = new Set(issues.map(({ entry }) => addressee(targetOf(entry), integration)));
  const acting = new Set(issues.map(({ entry }) => firstActor(entry, integration)));
  const first = Actor.options.filter((actor) => acting.has(actor)).map((actor) => ACTOR_LABELS[actor]);
  return {
    kind: "fields",
    fields: [
      { label: "To", value: capitalized([...to].join("; ")) },
      { label: "Acts first", value: first.join(", ") },
      { label: "Integration", value: INTEGRATION_LINES[integration] },
    ],
  };
}

function issueBlocks({ entry, finding, fix, places }: Issue, number: number, options: NoteOptions): Block[] {
  const target = targetOf(entry);
  const blocks: Block[] = [
    { kind: "heading", level: 3, text: `${number}. ${entry ? entry.title : "An error no catalog entry explains"}` },
    {
      kind: "paragraph",
      label: "What fails",
      text: entry ? entry.meaning : "No catalog entry explains this error yet, so what it means is not known.",
    },
  ];
  if (entry) blocks.push({ kind: "paragraph", label: "Wording", text: WORDING_LABELS[entry.wording] });
  // Before anyone is asked what it means: an entry explains it once the run names the SIS.
  const hint = entry ? null : candidateHint(finding);
  if (hint) blocks.push({ kind: "paragraph", label: "Before sending", text: hint });
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
  const others = Actor.options.flatMap((actor) =>
    actor === target ? [] : (fix?.[actor] ?? []).map((step) => `${ACTOR_LABELS[actor]}: ${step}`),
  );
  if (others.length > 0) blocks.push({ kind: "list", label: "What the others do", items: others });
  blocks.push({ kind: "list", label: "Where and when", items: places.map(whereAndWhen) });
  return [...blocks, ...exampleBlocks(places, options.inputNames)];
}

function whereAndWhen({ group, finding }: Issue["places"][number]): string {
  const students = finding.students > 0 ? ` for ${plural(finding.students, "student")}` : "";
  const when =
    finding.firstSeen === finding.lastSeen
      ? `on ${dateLabel(finding.lastSeen)}`
      : `first ${dateLabel(finding.firstSeen)}, last ${dateLabel(finding.lastSeen)}`;
  return `${assignmentLabel(group.assignment)}: ${plural(finding.count, "error")}${students}, ${when}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
