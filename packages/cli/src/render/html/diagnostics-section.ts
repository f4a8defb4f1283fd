import type { Report } from "@sis/core";
import { plural } from "@sis/core";
import { shownText } from "./log-text.js";
import { num } from "./numbers.js";
import { html, type SafeHtml } from "./safe-html.js";

/** What was inferred about the input and what could not be read, with line numbers. */
export function diagnosticsSection(report: Report): SafeHtml {
  const { diagnostics } = report;
  const more = report.summary.diagnostics - diagnostics.length;
  const rows = diagnostics.map(
    (d) =>
      html`<tr><td>${d.source ?? "input"}</td><td class="n">${d.line > 0 ? num(d.line) : "—"}</td><td><code>${d.code}</code></td><td>${shownText(d.message, 500)}</td></tr>`,
  );
  const table =
    diagnostics.length === 0
      ? html`<p>Nothing to report about the input.</p>`
      : html`<div class="table-scroll" tabindex="0" role="region" aria-label="Diagnostics"><table><thead><tr><th scope="col">Input</th><th scope="col" class="n">Line</th><th scope="col">Code</th><th scope="col">Message</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  return html`<section id="diagnostics" aria-labelledby="diagnostics-title"><h2 id="diagnostics-title">Diagnostics <span class="count">${num(report.summary.diagnostics)}</span></h2><details><summary>How the input was read, and rows that could not be</summary>${table}${more > 0 ? html`<p class="muted">${plural(more, "more diagnostic")} counted but not listed.</p>` : ""}</details></section>`;
}
