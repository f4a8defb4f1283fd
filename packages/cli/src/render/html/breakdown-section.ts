import { plural } from "@sis/core";
import { barCell } from "./bar-cell.js";
import { num, warningsNote } from "./numbers.js";
import type { EntryTally, OverviewData, Tally } from "./overview-data.js";
import { html, type SafeHtml } from "./safe-html.js";

/** Entries listed in the per-entry table; the rest are summed in one last row. */
const ENTRY_ROWS = 15;

interface Row {
  label: SafeHtml;
  sis?: string | null;
  tally: Tally;
  /** A row that sums others (the rest of the entries) gets no bar: it would dwarf the rows it follows. */
  summed?: boolean;
}

/** Errors per SIS and per catalog entry, as tables whose rows carry a bar: the table is the chart and its text. */
export function breakdownSection(data: OverviewData, warnings: number): SafeHtml {
  const bySis = [...data.bySis].sort(([, a], [, b]) => b.errors - a.errors);
  const entries = [...data.byEntry.values()].sort((a, b) => b.errors - a.errors);
  return html`<section id="breakdown" aria-labelledby="breakdown-title"><h2 id="breakdown-title">Where the errors are</h2>${warningsNote(warnings) ? html`<p class="muted">${warningsNote(warnings)}</p>` : ""}
${tallyTable(
  "Errors per SIS",
  "SIS",
  bySis.map(([sis, tally]) => ({ label: html`${sis}`, tally })),
  false,
)}
${tallyTable("Errors per catalog entry", "Entry", entryRows(entries), true)}
</section>`;
}

function entryRows(entries: readonly EntryTally[]): Row[] {
  const rows: Row[] = entries
    .slice(0, ENTRY_ROWS)
    .map((entry) => ({ label: html`${entry.title}`, sis: entry.sis, tally: entry }));
  const rest = entries.slice(ENTRY_ROWS);
  if (rest.length > 0) {
    const tally = rest.reduce(
      (sum, entry) => ({
        errors: sum.errors + entry.errors,
        findings: sum.findings + entry.findings,
        unresolvedFindings: sum.unresolvedFindings + entry.unresolvedFindings,
        unresolvedErrors: sum.unresolvedErrors + entry.unresolvedErrors,
      }),
      { errors: 0, findings: 0, unresolvedFindings: 0, unresolvedErrors: 0 },
    );
    rows.push({ label: html`${plural(rest.length, "other entry", "other entries")}`, sis: null, tally, summed: true });
  }
  return rows;
}

function tallyTable(caption: string, what: string, rows: readonly Row[], withSis: boolean): SafeHtml {
  const max = Math.max(0, ...rows.filter((row) => !row.summed).map((row) => row.tally.errors));
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label="${caption}"><table class="bars"><caption>${caption}</caption><thead><tr><th scope="col">${what}</th>${withSis ? html`<th scope="col">SIS</th>` : ""}<th scope="col" class="n">Errors</th><th scope="col" class="n">Still failing</th><th scope="col" class="n">Findings</th><th scope="col" class="n">Unresolved findings</th><th scope="col"><span class="visually-hidden">Errors still failing (dark) and cleared (light)</span></th></tr></thead><tbody>${rows.map(
    ({ label, sis, tally, summed }) =>
      html`<tr><th scope="row">${label}</th>${withSis ? html`<td>${sis ?? ""}</td>` : ""}<td class="n">${num(tally.errors)}</td><td class="n">${num(tally.unresolvedErrors)}</td><td class="n">${num(tally.findings)}</td><td class="n">${num(tally.unresolvedFindings)}</td>${summed ? html`<td></td>` : barCell(tally.unresolvedErrors, tally.errors, max)}</tr>`,
  )}</tbody></table></div>`;
}
