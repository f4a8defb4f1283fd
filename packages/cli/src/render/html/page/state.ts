import type { PageAssignment, PageCourse, PageData, PageFinding } from "../page-data.js";

export interface Filters {
  query: string;
  status: string;
  sis: string;
  actor: string;
  entry: string;
}

/** What is shown of one course under the current filters. */
export interface VisibleCourse {
  course: PageCourse;
  assignments: { assignment: PageAssignment; findings: PageFinding[] }[];
  findings: number;
}

export interface PageState {
  data: PageData;
  filters: Filters;
  visible: VisibleCourse[];
  /** How many of `visible` are in the list so far (the rest are added as the reader scrolls). */
  shown: number;
  list: HTMLElement;
  status: HTMLElement;
  /** Courses opened by the reader, kept open when the filters change. */
  open: Set<string>;
  /** Search text per finding, built the first time someone searches. */
  haystacks: WeakMap<PageFinding, string>;
}

export const NO_FILTERS: Filters = { query: "", status: "", sis: "*", actor: "*", entry: "*" };
