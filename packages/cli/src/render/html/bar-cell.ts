import { html, type SafeHtml } from "./safe-html.js";

/**
 * A bar for a table row: still failing (unresolved) then cleared, to the scale of the table's largest total. The
 * numbers are in the row's cells; the bar only helps the eye, so it is hidden from assistive technology.
 */
export function barCell(unresolved: number, total: number, max: number): SafeHtml {
  const scale = max > 0 ? 100 / max : 0;
  const open = unresolved * scale;
  const cleared = (total - unresolved) * scale;
  return html`<td class="bar-cell"><svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="unresolved" width="${round(open)}" height="10"/><rect class="resolved" x="${round(open)}" width="${round(cleared)}" height="10"/></svg></td>`;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
