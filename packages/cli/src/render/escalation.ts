import type { Group, Report } from "@sis/core";
import { provisioningNote } from "../provisioning/escalation.js";
import type { Block } from "./document.js";
import { documentMarkdown } from "./document-markdown.js";
import { documentText } from "./document-text.js";
import { escalationNote } from "./escalation-note.js";
import type { Integration } from "./escalation-route.js";
import type { RenderOptions } from "./renderer.js";

const NOTHING = "No unresolved grade passback errors to escalate.\n";
const NOTHING_AT_ALL = "No unresolved grade passback errors or SIS import findings to escalate.\n";

/** A Markdown escalation note per course, ready to paste into a ticket that renders Markdown. */
export function renderEscalation(report: Report, options: Pick<RenderOptions, "integration">): Iterable<string> {
  return notes(report, options.integration, documentMarkdown, "\n---\n\n");
}

/** The same notes as plain text, for ticket systems that show Markdown as typed. */
export function renderEscalationText(report: Report, options: Pick<RenderOptions, "integration">): Iterable<string> {
  return notes(report, options.integration, documentText, `\n${"=".repeat(72)}\n\n`);
}

/** Each course's note as it is written: a district's notes run to tens of MB, never held as one string. */
function* notes(
  report: Report,
  integration: Integration = "unknown",
  print: (blocks: readonly Block[]) => string,
  separator: string,
): Generator<string> {
  const inputNames = report.inputs.length > 1;
  let any = false;
  // SIS imports first: a passback failure they cause is fixed by correcting the provisioning.
  const notes = function* () {
    for (const item of report.provisioning?.imports ?? []) yield provisioningNote(item);
    for (const groups of coursesOf(report.groups)) yield escalationNote(report, groups, { integration, inputNames });
  };
  for (const note of notes()) {
    if (!note) continue;
    if (any) yield separator;
    any = true;
    yield print(note);
  }
  if (!any) yield report.provisioning ? NOTHING_AT_ALL : NOTHING;
}

function coursesOf(groups: readonly Group[]): Group[][] {
  const courses = new Map<string, Group[]>();
  for (const group of groups) {
    const key = `${group.course.id ?? ""}\u0000${group.course.name ?? ""}`;
    courses.set(key, [...(courses.get(key) ?? []), group]);
  }
  return [...courses.values()];
}
