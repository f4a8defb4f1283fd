import type { PageFinding } from "../page-data.js";
import { el } from "./dom.js";
import { label, num, plural, when } from "./format.js";
import type { VisibleCourse } from "./state.js";

/** The line a course shows closed: its name, SIS and teacher, and what is still failing in it. */
export function courseSummary(visible: VisibleCourse): HTMLElement {
  const { course } = visible;
  const findings: PageFinding[] = visible.assignments.flatMap((a) => a.findings);
  const unresolved = findings.filter((f) => f.r === 0);
  const errors = findings.reduce((sum, f) => sum + f.c, 0);
  const last = findings.reduce<number | null>(
    (max, f) => (f.l !== null && (max === null || f.l > max) ? f.l : max),
    null,
  );
  const sis = [...new Set(visible.assignments.map((a) => a.assignment.sis).filter((s) => s))];
  return el(
    "summary",
    null,
    el("span", { class: "course-name" }, label(course.name, course.id, "course", "(course not named in the log)")),
    unresolved.length > 0
      ? el("span", { class: "badge bad" }, `${num(unresolved.length)} unresolved`)
      : el("span", { class: "badge good" }, "all resolved"),
    sis.map((s) => el("span", { class: "badge plain" }, s)),
    el(
      "span",
      { class: "facts" },
      [
        plural(visible.assignments.length, "assignment"),
        plural(findings.length, "finding"),
        plural(errors, "error"),
        course.teacher ? `teacher ${course.teacher}` : null,
        last !== null ? `last error ${when(last)}` : null,
      ]
        .filter((part) => part)
        .join(" · "),
    ),
  );
}
