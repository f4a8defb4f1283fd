import type { PageData, PageFinding } from "../page-data.js";
import { el } from "./dom.js";
import { findingView } from "./finding-view.js";
import { label, num, plural } from "./format.js";
import { copyNote } from "./notes.js";
import type { VisibleCourse } from "./state.js";

/** An opened course: its tools (copy the escalation note, link here, open in Canvas), then its assignments. */
export function courseBody(data: PageData, visible: VisibleCourse): HTMLElement {
  const { course } = visible;
  const said = el("span", { class: "copy-state", role: "status" });
  const copy = el("button", { type: "button" }, "Copy escalation note");
  copy.addEventListener("click", () => {
    said.textContent = "";
    void copyNote(course, copy, said);
  });
  const tools = el(
    "div",
    { class: "course-tools" },
    copy,
    said,
    el("a", { href: `#${course.anchor}` }, "Link to this course"),
    course.url ? el("a", { href: course.url, target: "_blank", rel: "noopener noreferrer" }, "Open in Canvas") : null,
  );
  const assignments = visible.assignments.map(({ assignment, findings }) => {
    const unresolved = findings.filter((f) => f.r === 0).length;
    const details = el(
      "details",
      { class: "assignment" },
      el(
        "summary",
        null,
        label(assignment.name, assignment.id, "assignment", "(assignment not named in the log)"),
        " ",
        el(
          "span",
          { class: "muted" },
          `${findingTitles(data, findings)} · ${num(unresolved)} of ${plural(findings.length, "finding")} unresolved`,
        ),
      ),
      findings.map((finding) => findingView(data, finding)),
    );
    // Short courses open whole; a long one shows its assignments' names first.
    details.open = visible.assignments.length <= 3;
    return details;
  });
  return el("div", { class: "course-body" }, tools, assignments);
}

/** What went wrong in an assignment, in a few words: its findings' titles, the first two and how many more. */
function findingTitles(data: PageData, findings: readonly PageFinding[]): string {
  const titles = findings.slice(0, 2).map((f) => (f.e >= 0 ? (data.entries[f.e]?.title ?? "") : "Unknown error"));
  return findings.length > 2 ? `${titles.join(", ")} and ${num(findings.length - 2)} more` : titles.join(", ");
}
