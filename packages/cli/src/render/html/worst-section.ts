import { assignmentLabel, courseLabel } from "../labels.js";
import { courseKey } from "./course-key.js";
import { day, num } from "./numbers.js";
import { type OverviewData, type PlaceTally, worstFirst } from "./overview-data.js";
import { html, type SafeHtml } from "./safe-html.js";

const WORST_ROWS = 10;

/** The courses and assignments with the most errors still failing, each linked to its place in the course list. */
export function worstSection(data: OverviewData, anchors: ReadonlyMap<string, string>): SafeHtml {
  const courses = [...data.byCourse.values()].filter((c) => c.unresolvedFindings > 0).sort(worstFirst);
  const assignments = data.byAssignment.filter((a) => a.unresolvedFindings > 0).sort(worstFirst);
  const body =
    courses.length === 0
      ? html`<p>No course has an unresolved finding.</p>`
      : html`${placeTable("Courses", courses.slice(0, WORST_ROWS), anchors, false)}${placeTable("Assignments", assignments.slice(0, WORST_ROWS), anchors, true)}`;
  return html`<section id="worst" aria-labelledby="worst-title"><h2 id="worst-title">Worst courses and assignments</h2><p class="muted">Ranked by errors of findings no later successful sync cleared.</p>${body}</section>`;
}

function placeTable(
  caption: string,
  places: readonly PlaceTally[],
  anchors: ReadonlyMap<string, string>,
  withAssignment: boolean,
): SafeHtml {
  const rows = places.map((place) => {
    const anchor = anchors.get(courseKey(place.course));
    const course = courseLabel(place.course);
    const courseCell = anchor ? html`<a href="#${anchor}">${course}</a>` : html`${course}`;
    const first = withAssignment
      ? html`<th scope="row">${assignmentLabel(place.assignment ?? { id: null, name: null })}</th><td>${courseCell}</td>`
      : html`<th scope="row">${courseCell}</th>`;
    return html`<tr>${first}<td>${place.sis ?? "—"}</td><td class="n">${num(place.unresolvedErrors)}</td><td class="n">${num(place.unresolvedFindings)}</td><td class="n">${day(place.lastSeen)}</td></tr>`;
  });
  const head = withAssignment
    ? html`<th scope="col">Assignment</th><th scope="col">Course</th>`
    : html`<th scope="col">Course</th>`;
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label="Worst ${caption.toLowerCase()}"><table><caption>${caption}</caption><thead><tr>${head}<th scope="col">SIS</th><th scope="col" class="n">Errors still failing</th><th scope="col" class="n">Unresolved findings</th><th scope="col" class="n">Last error</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}
