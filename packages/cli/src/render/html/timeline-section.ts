import type { Report } from "@sis/core";
import { plural } from "@sis/core";
import { num, warningsNote } from "./numbers.js";
import type { OverviewData } from "./overview-data.js";
import { UNKNOWN_ENTRY_KEY } from "./overview-data.js";
import { html, type SafeHtml } from "./safe-html.js";
import { type ChartBar, type ChartSeries, stackedBarChart } from "./timeline-chart.js";
import { OTHER_KEY, type Timeline, type TimelineBar, timelineOf } from "./timeline-data.js";

/** Errors over time, twice: split by catalog entry, and by whether a later success cleared them; one table for both. */
export function timelineSection(report: Report, data: OverviewData): SafeHtml {
  const timeline = timelineOf(report, data.byEntry);
  const note = warningsNote(report.summary.warnings);
  const heading = html`<h2 id="timeline-title">Errors over time</h2>${note ? html`<p class="muted">${note}</p>` : ""}`;
  if (!timeline) {
    return html`<section id="timeline" aria-labelledby="timeline-title">${heading}<p>The log has no timestamps on its errors, so they cannot be placed in time.</p></section>`;
  }
  const unit = timeline.daysPerBar === 1 ? "day" : "week";
  const series = timeline.series.map(
    (key, index): ChartSeries => ({ key, label: seriesLabel(key, data), colour: colourOf(key, index) }),
  );
  const status: ChartSeries[] = [
    // The bars count errors, so the legend's totals do too: "findings" here would not match the overview's count.
    { key: "unresolved", label: "Errors still failing", colour: "unresolved" },
    { key: "resolved", label: "Errors cleared later", colour: "resolved" },
  ];
  const byEntry = stackedBarChart(
    "chart-entries",
    `Errors per ${unit} by catalog entry`,
    describe(timeline, unit),
    series,
    timeline.bars.map((bar) => entryBar(bar, series, unit)),
  );
  const byStatus = stackedBarChart(
    "chart-status",
    `Errors per ${unit}: findings still failing and findings cleared`,
    describe(timeline, unit),
    status,
    timeline.bars.map(
      (bar): ChartBar => ({
        start: bar.start,
        values: [bar.unresolved, bar.resolved],
        tooltip: `${barName(bar, unit)}: ${num(bar.unresolved)} unresolved, ${num(bar.resolved)} resolved`,
      }),
    ),
  );
  return html`<section id="timeline" aria-labelledby="timeline-title">${heading}
<figure class="chart"><figcaption>Per ${unit}, by catalog entry${mostFrequent(series)}</figcaption><div class="chart-scroll" tabindex="0" role="region" aria-label="Errors per ${unit} by catalog entry">${byEntry}</div>${legend(series, timeline, (bar, key) => bar.bySeries.get(key) ?? 0)}</figure>
<figure class="chart"><figcaption>Per ${unit}, unresolved (no later success) and resolved</figcaption><div class="chart-scroll" tabindex="0" role="region" aria-label="Errors per ${unit}, unresolved and resolved">${byStatus}</div>${legend(status, timeline, (bar, key) => (key === "resolved" ? bar.resolved : bar.unresolved))}</figure>
${timelineTable(timeline, series, unit)}</section>`;
}

/** How many entries the chart names (the rest are summed as "other"); nothing when no entry explains an error. */
function mostFrequent(series: readonly ChartSeries[]): string {
  const named = series.filter((s) => s.key !== OTHER_KEY && s.key !== UNKNOWN_ENTRY_KEY).length;
  return named === 0 ? "" : ` (the ${num(named)} most frequent)`;
}

function colourOf(key: string, index: number): string {
  if (key === OTHER_KEY) return "s-other";
  return key === UNKNOWN_ENTRY_KEY ? "s-unknown" : `s${index}`;
}

function seriesLabel(key: string, data: OverviewData): string {
  if (key === OTHER_KEY) return "Other catalog entries";
  if (key === UNKNOWN_ENTRY_KEY) return "Unknown errors";
  return data.byEntry.get(key)?.title ?? key;
}

function entryBar(bar: TimelineBar, series: readonly ChartSeries[], unit: string): ChartBar {
  const parts = series
    .filter((s) => bar.bySeries.has(s.key))
    .map((s) => `${s.label} ${num(bar.bySeries.get(s.key) ?? 0)}`);
  return {
    start: bar.start,
    values: series.map((s) => bar.bySeries.get(s.key) ?? 0),
    tooltip: `${barName(bar, unit)}: ${plural(bar.total, "error")}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}`,
  };
}

function barName(bar: TimelineBar, unit: string): string {
  return unit === "day" ? bar.start : `Week of ${bar.start}`;
}

function describe(timeline: Timeline, unit: string): string {
  const peak = timeline.bars.reduce((best, bar) => (bar.total > best.total ? bar : best));
  const first = timeline.bars[0]?.start ?? "";
  const last = timeline.bars.at(-1)?.start ?? "";
  return `${plural(timeline.bars.length, unit)} from ${first} to ${last}; the busiest ${unit}, ${peak.start}, had ${plural(peak.total, "error")}. The table below lists every ${unit} with errors.`;
}

function legend(
  series: readonly ChartSeries[],
  timeline: Timeline,
  countOf: (bar: TimelineBar, key: string) => number,
): SafeHtml {
  const items = series.map((s) => {
    const total = timeline.bars.reduce((sum, bar) => sum + countOf(bar, s.key), 0);
    return html`<li><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false"><rect class="${s.colour}" width="10" height="10"/></svg>${s.label} <span class="muted">${num(total)}</span></li>`;
  });
  return html`<ul class="legend">${items}</ul>`;
}

function timelineTable(timeline: Timeline, series: readonly ChartSeries[], unit: string): SafeHtml {
  const rows = timeline.bars
    .filter((bar) => bar.total > 0)
    .map(
      (bar) =>
        html`<tr><th scope="row">${bar.start}</th><td class="n">${num(bar.total)}</td>${series.map((s) => html`<td class="n">${num(bar.bySeries.get(s.key) ?? 0)}</td>`)}<td class="n">${num(bar.unresolved)}</td><td class="n">${num(bar.resolved)}</td></tr>`,
    );
  return html`<details class="data-table"><summary>Errors per ${unit} as a table (${plural(rows.length, unit)} with errors)</summary><div class="table-scroll" tabindex="0" role="region" aria-label="Errors per ${unit}"><table><thead><tr><th scope="col">${unit === "day" ? "Day" : "Week of"}</th><th scope="col" class="n">Errors</th>${series.map((s) => html`<th scope="col" class="n">${s.label}</th>`)}<th scope="col" class="n">Unresolved</th><th scope="col" class="n">Resolved</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
}
