import { gzipSync } from "node:zlib";
import type { Group, Report } from "@sis/core";
import { renderEscalation } from "../escalation.js";
import type { Integration } from "../escalation-route.js";
import { renderedText } from "../renderer.js";

export interface EscalationNotes {
  /** Every course's note, one after the other, gzipped and base64-encoded for the page. */
  packed: string;
  /** Per course, where its note is in the unpacked text: [start, length] in UTF-16 code units (JS string indexes). */
  spans: [number, number][];
}

/**
 * Each course's escalation note, written by the escalation format itself, for the page's copy button. A district's
 * notes run to tens of MB of Markdown that compresses about eightfold, so they travel gzipped; the page unpacks them
 * (DecompressionStream) the first time a note is copied.
 */
export function escalationNotes(
  report: Report,
  courses: readonly (readonly Group[])[],
  integration: Integration | undefined,
): EscalationNotes {
  const notes: string[] = [];
  const spans: [number, number][] = [];
  let at = 0;
  for (const groups of courses) {
    const note = renderedText(renderEscalation({ ...report, groups: [...groups] }, { integration }));
    notes.push(note);
    spans.push([at, note.length]);
    at += note.length;
  }
  return { packed: gzipSync(new TextEncoder().encode(notes.join(""))).toString("base64"), spans };
}
