import type { EscalationItem } from "@sis/core";

/** What each item a catalog entry asks for means to the person writing the escalation. */
export const ESCALATION_ITEM_LABELS = {
  "affected-users": "Affected users (listed below)",
  "course-url": "Course URL",
  "assignment-names": "Assignment names (listed below)",
  "error-text": "Exact error text (examples below)",
  timestamps: "When the errors happened (first/last seen below)",
  "sis-screenshot":
    "Screenshot of the SIS gradebook showing the assignment and the missing grades: no log can provide it",
  "sis-ids": "SIS ids of the course section, teacher and affected students",
} as const satisfies Record<EscalationItem, string>;

/** Items this note already carries, given what the log and the options provided. */
export function itemIsIncluded(item: EscalationItem, hasCourseUrl: boolean): boolean {
  if (item === "course-url") return hasCourseUrl;
  return item !== "sis-screenshot" && item !== "sis-ids";
}
