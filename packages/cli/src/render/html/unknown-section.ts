import type { Example, Report, UnknownTemplate } from "@sis/core";
import { plural } from "@sis/core";
import { candidateHint } from "../labels.js";
import { shownText } from "./log-text.js";
import { num } from "./numbers.js";
import { placeName } from "./place-name.js";
import { html, type SafeHtml } from "./safe-html.js";

/** Templates listed; a log of thousands of different unexplained texts says how many more the JSON report has. */
const TEMPLATE_LIMIT = 200;

/** Errors no catalog entry explains, by template, each with the nearest entry (a hint for a new catalog entry). */
export function unknownSection(report: Report): SafeHtml {
  const shown = report.unknown.slice(0, TEMPLATE_LIMIT);
  const more = report.unknown.length - shown.length;
  const body =
    report.unknown.length === 0
      ? html`<p>Every error in the log matched a catalog entry.</p>`
      : html`<ul class="plain">${shown.map(templateItem)}</ul>${more > 0 ? html`<p class="muted">The JSON report has ${plural(more, "more template")}.</p>` : ""}`;
  return html`<section id="unknown" aria-labelledby="unknown-title"><h2 id="unknown-title">Unknown errors <span class="count">${plural(report.unknown.length, "template")}</span></h2><p class="muted">Texts no catalog entry explains, with their variable parts masked; the nearest entry is the one whose words are closest, not a match.</p>${body}</section>`;
}

function templateItem(template: UnknownTemplate): SafeHtml {
  const hint = candidateHint(template);
  const nearest = hint
    ? html`${hint}`
    : template.nearest
      ? html`nearest entry <code>${template.nearest.id}</code> (similarity ${Math.round(template.nearest.similarity * 100)}%)`
      : "no entry is near";
  const variants =
    template.variants.length > 1
      ? html`<h3>Variants</h3><ul>${template.variants.slice(0, 20).map((v) => html`<li><code>${shownText(v.template, 300)}</code> <span class="muted">${num(v.count)}</span></li>`)}</ul>`
      : "";
  return html`<li><details class="card"><summary><code>${shownText(template.template, 300)}</code> <span class="muted">${plural(template.count, "error")} · ${nearest}</span></summary>${variants}<h3>Examples</h3>${exampleList(template.examples)}</details></li>`;
}

export function exampleList(examples: readonly Example[]): SafeHtml {
  return html`<ul class="examples">${examples.map(
    (example) =>
      html`<li><span class="where">${placeName(example.source, num(example.line))}</span><pre>${shownText(example.message)}</pre></li>`,
  )}</ul>`;
}
