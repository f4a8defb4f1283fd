import type { Report } from "@sis/core";
import { plural } from "@sis/core";
import { contentSecurityPolicy } from "./csp.js";
import { html, SafeHtml } from "./safe-html.js";
import { STYLES } from "./styles.js";

/** A section of the page: its element id (the section's own markup carries it), its name in the page's menu. */
export interface PageSection {
  id: string;
  nav: string;
  markup: SafeHtml;
}

export interface DocumentParts {
  report: Report;
  redacted: boolean;
  sections: PageSection[];
  /** The page data as JSON already made safe for a script block (jsonForScript). */
  dataJson: string;
  /** The escalation notes, gzipped and base64-encoded. */
  notes: string;
  script: string;
}

/**
 * The whole file: one document with its styles, data and script inline and a CSP that lets nothing else in, so it
 * works opened from disk or from a ticket attachment, offline, and printed.
 */
export function htmlDocument(parts: DocumentParts): string {
  const { report } = parts;
  const csp = contentSecurityPolicy(parts.script, STYLES);
  const inputs = report.inputs
    .map((input) => `${input.name} (${input.shape}, ${plural(input.records, "record")})`)
    .join(", ");
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${report.tool.name} ${report.tool.version}">
<title>Grade passback report</title>
<style>${new SafeHtml(STYLES)}</style>
</head>
<body>
<a class="skip" href="#courses">Skip to the findings by course</a>
<header class="top">
<h1>Grade passback report</h1>
<p>${inputs || "No input"} · ${report.tool.name} ${report.tool.version} · catalog ${report.catalog.version}</p>
${parts.redacted ? html`<p class="redacted">Redacted: student names, ids and emails are pseudonyms</p>` : ""}
<nav aria-label="Sections"><ul>${parts.sections.map(({ id, nav }) => html`<li><a href="#${id}">${nav}</a></li>`)}</ul></nav>
</header>
<main id="main">
${parts.sections.map((section) => section.markup)}
</main>
<footer>
<p>Made by ${report.tool.name} ${report.tool.version} with catalog ${report.catalog.version} (report schema ${report.schemaVersion}). A finding is <em>resolved</em> when a later successful sync of the same course and assignment (and student) shows the error no longer holds. An entry's message text is <em>verified</em> when it was seen in a source, and <em>inferred</em> when it was written from the dictionary's title or an API's documentation.</p>
</footer>
<script type="application/json" id="report-data">${new SafeHtml(parts.dataJson)}</script>
<script type="text/plain" id="escalation-notes" data-encoding="gzip base64">${new SafeHtml(parts.notes)}</script>
<script>${new SafeHtml(parts.script)}</script>
</body>
</html>
`;
  return page.markup;
}
