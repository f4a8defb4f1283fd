import { renderCourseList, showMore } from "./course-list.js";
import { visibleCourses } from "./filters.js";
import type { PageState } from "./state.js";
import { NO_FILTERS } from "./state.js";

/**
 * Open the course a link points at (`report.html#course-1234`): clear filters that hide it, build the list down to
 * it, open it and bring it into view.
 */
export function openLinkedCourse(state: PageState, form: HTMLFormElement): void {
  const anchor = decodeURIComponent(location.hash.slice(1));
  if (!anchor.startsWith("course-")) return;
  let index = state.visible.findIndex((v) => v.course.anchor === anchor);
  if (index < 0) {
    if (!state.data.courses.some((course) => course.anchor === anchor)) return;
    form.reset();
    state.filters = { ...NO_FILTERS };
    state.visible = visibleCourses(state);
    renderCourseList(state);
    index = state.visible.findIndex((v) => v.course.anchor === anchor);
  }
  if (index >= state.shown) showMore(state, index + 1);
  const details = document.getElementById(anchor) as HTMLDetailsElement | null;
  if (!details) return;
  details.open = true;
  details.scrollIntoView({ block: "start" });
  details.querySelector("summary")?.focus({ preventScroll: true });
}
