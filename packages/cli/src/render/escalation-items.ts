import type { EscalationItem } from "@sis/core";

/** Each item an escalation must carry, and the section above that carries it (or what the sender must add). */
export const ESCALATION_ITEM_LABELS = {
  "affected-users": "Affected users, the teacher and the students (Affected users, above)",
  "course-url": "Course URL (Course, above)",
  "assignment-names": "Assignment names (Course, and Where and when under each error, above)",
  "error-text": "Exact error text (under each error, above)",
  timestamps: "When the errors happened, with counts (Where and when under each error, above)",
  "sis-screenshot": "Screenshot of the SIS gradebook attached (Attach before sending, above)",
  "sis-ids": "SIS ids of the course section, teacher and affected students attached (Attach before sending, above)",
} as const satisfies Record<EscalationItem, string>;

/** What the sender must add by hand: no log holds these. */
export const TO_ATTACH = {
  "sis-screenshot":
    "A screenshot of the SIS gradebook showing the assignments above and the grades that did not arrive: no log " +
    "can provide it, and it shows support what the SIS holds.",
  "sis-ids": "The SIS ids of the course section, the teacher and the affected students.",
} as const satisfies Partial<Record<EscalationItem, string>>;

/** What the log and the options gave the note, which decides whether it carries the items that need them. */
export interface NoteHas {
  courseUrl: boolean;
  /** Whether any of its errors has a time: a log without timestamps cannot say when they happened. */
  times: boolean;
}

/** Items this note already carries, given what the log and the options provided. */
export function itemIsIncluded(item: EscalationItem, has: NoteHas): boolean {
  if (item === "course-url") return has.courseUrl;
  if (item === "timestamps") return has.times;
  return item !== "sis-screenshot" && item !== "sis-ids";
}
