import type { Report } from "@sis/core";
import { plural } from "@sis/core";
import { provisioningTable } from "../provisioning/table.js";
import { DEFAULT_WIDTH } from "../terminal-width.js";
import { sectionsOf } from "../view/sections.js";
import { fixLines } from "./fix-lines.js";
import { candidateHints } from "./labels.js";
import { createPaint } from "./paint.js";
import type { RenderOptions } from "./renderer.js";
import { SEPARATOR, summaryParts } from "./summary-line.js";
import { findingTable, locationTable, unknownTable } from "./table-blocks.js";
import { wrapIndented, wrapParts } from "./wrap-text.js";

/**
 * Finding rows a table shows before it stops and says what it left out. A district's year can hold tens of thousands
 * of findings: drawn in full that is minutes of terminal output nobody reads (and most of a minute in cli-table3);
 * the csv and json formats carry all of them.
 */
export const TABLE_ROW_LIMIT = 200;

/**
 * For a support agent at a terminal: a table of findings per section, the fixes to send, unknowns, a summary.
 * No line is wider than `width`: cells and steps wrap, and columns a narrow terminal has no room for are left out
 * (the last lines say which).
 */
export function renderTable(report: Report, { groupBy, colour, width = DEFAULT_WIDTH }: RenderOptions): string {
  const paint = createPaint(colour);
  const wrap = (text: string, indent = "") => wrapIndented(text, width, indent);
  const table = { colour, width };
  const out: string[] = [];
  const dropped = new Set<string>();
  const sections = sectionsOf(report, groupBy);
  // SIS import problems come first: passback failures they cause are fixed by correcting the provisioning.
  if (report.provisioning) out.push(...provisioningTable(report.provisioning, paint, table, dropped));
  if (sections.length === 0 && (!report.provisioning || report.summary.records > 0)) {
    out.push(paint.green("No grade passback errors to act on."), "");
  }
  let shown = 0;
  let left = 0;
  for (const section of sections) {
    for (const block of section.blocks) {
      if (shown >= TABLE_ROW_LIMIT) {
        left += block.rows.length;
        continue;
      }
      // One block alone can be longer than the whole budget (--group-by error on an error every assignment has).
      const rows = block.rows.slice(0, TABLE_ROW_LIMIT - shown);
      left += block.rows.length - rows.length;
      shown += rows.length;
      if (block === section.blocks[0]) out.push(...wrap(section.title).map(paint.bold));
      if (block.title) out.push(...wrap(block.title, "  ").map(paint.bold));
      const fitted = groupBy === "error" ? locationTable(rows, paint, table) : findingTable(rows, paint, table);
      out.push(fitted.text);
      for (const head of fitted.dropped) dropped.add(head);
      out.push(...fixLines(report, rows, paint, width));
      // An error only an entry of an SIS the log does not name explains: where it fails, say what would explain it.
      for (const hint of candidateHints(rows.map((row) => row.finding))) out.push(...wrap(hint, "  "));
      out.push("");
    }
  }
  if (left > 0) {
    out.push(
      ...wrap(`… and ${plural(left, "more finding")} not shown here.`).map(paint.bold),
      ...wrap(
        "All of them: --format csv (a row per finding) or --format json; fewer: --only-unresolved, --group-by error.",
      ),
      "",
    );
  }
  if (report.unknown.length > 0) {
    const title = `Unknown errors: ${plural(report.unknown.length, "message template")} no catalog entry explains`;
    const fitted = unknownTable(report.unknown, table);
    for (const head of fitted.dropped) dropped.add(head);
    out.push(...wrap(title).map(paint.bold), fitted.text, "");
    const hints = candidateHints(report.unknown);
    for (const hint of hints) out.push(...wrap(hint));
    if (hints.length > 0) out.push("");
  }
  if (dropped.size > 0) {
    const columns = [...dropped].join(", ");
    out.push(...wrap(`Left out to fit ${width} columns: ${columns} (a wider terminal or --format csv shows them).`));
  }
  out.push(...wrapParts(summaryParts(report), SEPARATOR, width));
  return `${out.join("\n")}\n`;
}
