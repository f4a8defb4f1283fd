import { Actor, type ProvisioningSection, plural } from "@sis/core";
import { shownText } from "../render/html/log-text.js";
import { num } from "../render/html/numbers.js";
import { html, type SafeHtml } from "../render/html/safe-html.js";
import { ACTOR_LABELS } from "../render/labels.js";
import {
  fileStatus,
  fileTitle,
  importFacts,
  importTitle,
  objectsLabel,
  originLabel,
  type ProvisioningFinding,
  provisioningLabel,
  rowsLabel,
  whereLabel,
  wordingOf,
} from "./labels.js";

type Import = ProvisioningSection["imports"][number];
type File = Import["files"][number];

/** Objects the page lists; the JSON report has them all. */
const PAGE_OBJECTS = 100;

/**
 * The SIS imports of the run, written into the page (no script needed): per import its facts, per file what Canvas
 * makes of it and its findings, each opening to its meaning, fix and examples; then the objects most touched.
 */
export function provisioningHtmlSection(section: ProvisioningSection): SafeHtml {
  const { summary } = section;
  const shown = section.objects.slice(0, PAGE_OBJECTS);
  const more = section.objects.length - shown.length + section.omittedObjects;
  const objects =
    shown.length === 0
      ? ""
      : html`<h3>Courses, sections and users with SIS import findings</h3><div class="table-scroll" tabindex="0" role="region" aria-label="Objects with SIS import findings"><table><thead><tr><th scope="col">Object</th><th scope="col" class="n">Count</th><th scope="col">Findings</th></tr></thead><tbody>${shown.map(
          (object) =>
            html`<tr><td>${object.kind.replaceAll("_", " ")} <code>${object.id}</code></td><td class="n">${num(object.count)}</td><td>${object.findings.map((f) => `${f.title} (${whereLabel(f)})`).join("; ")}</td></tr>`,
        )}</tbody></table></div>${more > 0 ? html`<p class="muted">The JSON report has ${plural(more, "more object")}.</p>` : ""}`;
  return html`<section id="provisioning" aria-labelledby="provisioning-title"><h2 id="provisioning-title">SIS imports <span class="count">${plural(summary.failures, "failure")} · ${plural(summary.warnings, "warning")} · ${num(summary.predicted)} predicted</span></h2><p class="muted">What Canvas reported about each import, and what the offline checks of its CSV files predict (row numbers as Canvas counts them: the header is row 1). Correct these first: passback failures they cause say so in their fix.</p>${section.imports.map(importBlock)}${objects}</section>`;
}

function importBlock(item: Import): SafeHtml {
  return html`<h3>${importTitle(item)}</h3><ul>${importFacts(item).map((fact) => html`<li>${fact}</li>`)}</ul>${item.files.map(fileBlock)}`;
}

function fileBlock(file: File): SafeHtml {
  const status = fileStatus(file);
  const omitted =
    file.omittedFindings > 0
      ? html`<p class="muted">The JSON report has ${plural(file.omittedFindings, "more finding")}.</p>`
      : "";
  return html`<h4>${fileTitle(file)}</h4>${status.map((line) => html`<p class="file-status">${line}</p>`)}<ul class="plain">${file.findings.map(findingItem)}</ul>${omitted}`;
}

function findingItem(finding: ProvisioningFinding): SafeHtml {
  const meaning = finding.entry?.meaning ?? finding.silent?.meaning ?? "No catalog entry explains this message yet.";
  const steps = Actor.options.flatMap((actor) => {
    const list = finding.fix?.[actor];
    return list ? [html`<h5>${ACTOR_LABELS[actor]}</h5><ol>${list.map((step) => html`<li>${step}</li>`)}</ol>`] : [];
  });
  const wording = wordingOf(finding);
  return html`<li><details class="card"><summary>${provisioningLabel(finding)} <span class="muted">${num(finding.count)} · ${originLabel(finding)} · rows ${rowsLabel(finding)}</span></summary><p>${meaning}</p>${wording ? html`<p class="muted">Wording: ${wording}</p>` : ""}${objectsLabel(finding) ? html`<p>Objects: ${objectsLabel(finding)}</p>` : ""}${steps}<ul class="examples">${finding.examples.map(
    (example) =>
      html`<li><span class="where">${example.origin === "reported" ? "Canvas" : "predicted"}, ${example.source}${example.row === null ? "" : `, row ${example.row}`}</span><pre>${shownText(example.message)}</pre></li>`,
  )}</ul></details></li>`;
}
