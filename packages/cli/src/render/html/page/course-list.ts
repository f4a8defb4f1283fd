import { courseBody } from "./course-body.js";
import { courseSummary } from "./course-summary.js";
import { el } from "./dom.js";
import { isFiltered } from "./filters.js";
import { num, plural } from "./format.js";
import type { PageState, VisibleCourse } from "./state.js";

/** Courses added to the list at a time: what is below the fold is built as the reader gets near it. */
export const COURSES_PER_PAGE = 40;

let observer: IntersectionObserver | null = null;

/** Rebuild the list from `state.visible`: the first page of courses, and a button (and scroll trigger) for more. */
export function renderCourseList(state: PageState): void {
  state.list.replaceChildren();
  state.shown = 0;
  showMore(state);
  sayWhatIsShown(state);
}

export function showMore(state: PageState, upTo = state.shown + COURSES_PER_PAGE): void {
  state.list.querySelector(".more-courses")?.remove();
  const end = Math.min(upTo, state.visible.length);
  for (const visible of state.visible.slice(state.shown, end)) state.list.append(courseElement(state, visible));
  state.shown = end;
  const left = state.visible.length - state.shown;
  if (left <= 0) return;
  const more = el(
    "button",
    { type: "button", class: "more-courses" },
    `Show ${num(Math.min(left, COURSES_PER_PAGE))} more of ${plural(left, "course")}`,
  );
  more.addEventListener("click", () => showMore(state));
  state.list.append(more);
  observer ??= new IntersectionObserver(
    (seen) => {
      if (seen.some((entry) => entry.isIntersecting)) showMore(state);
    },
    { rootMargin: "600px" },
  );
  observer.disconnect();
  observer.observe(more);
}

function courseElement(state: PageState, visible: VisibleCourse): HTMLElement {
  const details = el("details", { class: "course", id: visible.course.anchor }, courseSummary(visible));
  let built = false;
  details.addEventListener("toggle", () => {
    if (details.open) state.open.add(visible.course.anchor);
    else state.open.delete(visible.course.anchor);
    if (!details.open || built) return;
    built = true;
    details.append(courseBody(state.data, visible));
  });
  if (state.open.has(visible.course.anchor)) details.open = true;
  return details;
}

function sayWhatIsShown(state: PageState): void {
  const courses = state.data.courses.length;
  const findings = state.visible.reduce((sum, v) => sum + v.findings, 0);
  state.status.textContent = isFiltered(state.filters)
    ? `Showing ${num(state.visible.length)} of ${plural(courses, "course")} and ${plural(findings, "finding")} that match the filters.`
    : `${plural(courses, "course")} with ${plural(findings, "finding")}, those with unresolved findings first.`;
}
