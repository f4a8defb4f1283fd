import { openLinkedCourse } from "./anchors.js";
import { renderCourseList } from "./course-list.js";
import { readData } from "./data.js";
import { byId } from "./dom.js";
import { readFilters, visibleCourses } from "./filters.js";
import { NO_FILTERS, type PageState } from "./state.js";

/** Typing in the search box waits this long for the next key before filtering again. */
const SEARCH_DELAY_MS = 150;

function start(): void {
  const form = byId<HTMLFormElement>("filters");
  const state: PageState = {
    data: readData(),
    filters: { ...NO_FILTERS },
    visible: [],
    shown: 0,
    list: byId("course-list"),
    status: byId("filter-status"),
    open: new Set(),
    haystacks: new WeakMap(),
  };
  const apply = () => {
    state.filters = readFilters(form);
    state.visible = visibleCourses(state);
    renderCourseList(state);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener("input", (event) => {
    clearTimeout(timer);
    timer = (event.target as HTMLElement).id === "f-query" ? setTimeout(apply, SEARCH_DELAY_MS) : undefined;
    if (timer === undefined) apply();
  });
  // Enter in the search box filters at once instead of submitting the form.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    apply();
  });
  // "Clear filters" resets the controls; filter once they hold their defaults.
  form.addEventListener("reset", () => setTimeout(apply, 0));
  apply();
  openLinkedCourse(state, form);
  window.addEventListener("hashchange", () => openLinkedCourse(state, form));
  document.documentElement.dataset.ready = "true";
  performance.mark("report-interactive");
}

start();
