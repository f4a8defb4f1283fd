import type { Report } from "@sis/core";
import { plural } from "@sis/core";
import { barCell } from "./bar-cell.js";
import { day, num, percent } from "./numbers.js";
import { FIRST_ACTOR_LABELS, type OverviewData } from "./overview-data.js";
import { html, type SafeHtml } from "./safe-html.js";

/** The figures a person looks at first, each tagged with `data-stat` so tests compare them with the JSON report. */
export function glanceSection(report: Report, data: OverviewData): SafeHtml {
  const { summary } = report;
  const tiles = [
    tile("records", "Records read", summary.records, `from ${inputsLine(report)}`),
    tile(
      "errors",
      "Errors",
      summary.errors,
      `${plural(summary.warnings, "warning")} · ${plural(summary.successes, "success", "successes")}`,
    ),
    tile(
      "unresolved",
      "Unresolved findings",
      summary.unresolvedFindings,
      `of ${plural(data.findings, "finding")} in ${plural(summary.groups, "assignment")}`,
      summary.unresolvedFindings > 0 ? "alert" : "ok",
    ),
    html`<div class="tile"><dt>Explained by the catalog</dt><dd data-stat="coverage">${percent(summary.coverage)}</dd><dd class="note">${num(summary.matched)} matched · ${num(summary.unknown)} unknown</dd></div>`,
    periodTile(data),
  ];
  return html`<section id="glance" aria-labelledby="glance-title"><h2 id="glance-title">At a glance</h2><dl class="tiles">${tiles}</dl>${whoActs(data)}</section>`;
}

function tile(stat: string, label: string, value: number, note: string, tone = ""): SafeHtml {
  return html`<div class="tile ${tone}"><dt>${label}</dt><dd data-stat="${stat}">${num(value)}</dd><dd class="note">${note}</dd></div>`;
}

/** When the errors happened; a log whose errors carry no time says so rather than "— to —". */
function periodTile({ firstSeen, lastSeen }: OverviewData): SafeHtml {
  if (firstSeen === null || lastSeen === null)
    return html`<div class="tile"><dt>Errors seen</dt><dd class="period">No timestamps</dd><dd class="note">no error in the log has a date or time</dd></div>`;
  return html`<div class="tile"><dt>Errors seen</dt><dd class="period"><span data-stat="first-seen">${day(firstSeen)}</span> to <span data-stat="last-seen">${day(lastSeen)}</span></dd><dd class="note">first and last error in the log (UTC)</dd></div>`;
}

function inputsLine(report: Report): string {
  const [first, ...rest] = report.inputs;
  if (!first) return "no input";
  return rest.length === 0 ? first.name : `${first.name} and ${plural(rest.length, "more input")}`;
}

/** Who must act on what is still failing, by the catalog's "acts first". */
function whoActs(data: OverviewData): SafeHtml {
  const rows = [...data.byActor].sort(([, a], [, b]) => b.unresolvedErrors - a.unresolvedErrors);
  if (rows.length === 0)
    return html`<p class="all-clear">Every finding has been cleared by a later successful sync.</p>`;
  const max = Math.max(...rows.map(([, tally]) => tally.unresolvedErrors));
  return html`<h3>Who must act on unresolved findings</h3><div class="table-scroll" tabindex="0" role="region" aria-label="Who must act"><table class="bars"><thead><tr><th scope="col">Acts first</th><th scope="col" class="n">Unresolved findings</th><th scope="col" class="n">Errors</th><th scope="col"><span class="visually-hidden">Share</span></th></tr></thead><tbody>${rows.map(
    ([actor, tally]) =>
      html`<tr><th scope="row">${FIRST_ACTOR_LABELS[actor]}</th><td class="n">${num(tally.unresolvedFindings)}</td><td class="n">${num(tally.unresolvedErrors)}</td>${barCell(tally.unresolvedErrors, tally.unresolvedErrors, max)}</tr>`,
  )}</tbody></table></div>`;
}
