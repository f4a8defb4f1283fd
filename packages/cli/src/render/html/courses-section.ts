import { Actor, plural } from "@sis/core";
import type { OverviewData } from "./overview-data.js";
import { FIRST_ACTOR_LABELS, NO_SIS, UNKNOWN_ENTRY_KEY } from "./overview-data.js";
import { html, type SafeHtml } from "./safe-html.js";

/**
 * The drill-down: filters (every control labelled, a plain form that works by keyboard) over a course list the page
 * script builds from the embedded data, a page of courses at a time. Without scripts it says so.
 */
export function coursesSection(data: OverviewData, courseCount: number): SafeHtml {
  const sisOptions = [...data.bySis.keys()]
    .sort()
    .map((sis) => html`<option value="${sis === NO_SIS ? "" : sis}">${sis}</option>`);
  const entryOptions = [...data.byEntry.values()]
    .sort((a, b) =>
      a.key === UNKNOWN_ENTRY_KEY ? 1 : b.key === UNKNOWN_ENTRY_KEY ? -1 : a.title.localeCompare(b.title),
    )
    .map((entry) => html`<option value="${entry.key}">${entry.title}${entry.sis ? ` (${entry.sis})` : ""}</option>`);
  const actorOptions = [...Actor.options, "rerun" as const].map(
    (actor) => html`<option value="${actor}">${FIRST_ACTOR_LABELS[actor]}</option>`,
  );
  return html`<section id="courses" aria-labelledby="courses-title"><h2 id="courses-title">Findings by course <span class="count">${plural(courseCount, "course")}</span></h2>
<form id="filters" class="filters" role="search" aria-label="Filter findings">
<div><label for="f-query">Search</label><input id="f-query" name="query" type="search" placeholder="course, assignment, error, student…" autocomplete="off"></div>
<div><label for="f-status">Status</label><select id="f-status" name="status"><option value="">All findings</option><option value="unresolved">Unresolved only</option><option value="resolved">Resolved only</option></select></div>
<div><label for="f-sis">SIS</label><select id="f-sis" name="sis"><option value="*">Every SIS</option>${sisOptions}</select></div>
<div><label for="f-actor">Acts first</label><select id="f-actor" name="actor"><option value="*">Anyone</option>${actorOptions}<option value="none">Canvas support (no entry)</option></select></div>
<div><label for="f-entry">Catalog entry</label><select id="f-entry" name="entry"><option value="*">Every entry</option>${entryOptions}</select></div>
<div class="filter-actions"><button type="reset">Clear filters</button></div>
</form>
<p id="filter-status" class="filter-status" role="status" aria-live="polite"></p>
<div id="course-list" class="course-list"><p class="noscript-note">The course list is built by the page's script from the data embedded in this file; with scripts off, the overview above and the JSON report carry the same figures.</p></div>
</section>`;
}
