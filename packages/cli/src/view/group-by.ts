/** How table and Markdown output is arranged: per course (default), per assignment, or per error across courses. */
export const GROUP_BY = ["course", "assignment", "error"] as const;
export type GroupBy = (typeof GROUP_BY)[number];
