import { provisioningNdjson } from "../provisioning/ndjson.js";
import { renderCsv } from "./csv.js";
import { renderEscalation, renderEscalationText } from "./escalation.js";
import type { Format } from "./format.js";
import { renderHtml } from "./html/render-html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderNdjsonRecord } from "./ndjson.js";
import type { Renderer } from "./renderer.js";
import { renderTable } from "./table.js";

/** Every format's renderer; a new format is a build error until it has one. Typed wide so callers see one shape. */
export const RENDERERS: Readonly<Record<Format, Renderer>> = {
  table: { render: renderTable, includesSummary: true },
  json: { render: renderJson, streamed: true },
  // Records went out as they arrived; only SIS import findings, known at the end, follow them.
  ndjson: { render: (report) => provisioningNdjson(report), renderRecord: renderNdjsonRecord, streamed: true },
  markdown: { render: renderMarkdown },
  escalation: { render: renderEscalation },
  "escalation-text": { render: renderEscalationText },
  csv: { render: renderCsv },
  html: { render: (report, { redacted, integration }) => renderHtml(report, { redacted, integration }) },
} satisfies Record<Format, Renderer>;
