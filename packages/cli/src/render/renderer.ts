import type { AnalyzedRecord, Report, StreamedReport } from "@sis/core";
import type { GroupBy } from "../view/group-by.js";
import type { Integration } from "./escalation-route.js";

export interface RenderOptions {
  groupBy: GroupBy;
  /** ANSI colour; only ever true for a terminal without NO_COLOR. */
  colour: boolean;
  /** Columns a line for a person may take (the terminal's, or COLUMNS); formats for machines ignore it. */
  width?: number;
  /** Who runs the SIS integration, which decides whom an escalation note addresses; unknown when not given. */
  integration?: Integration;
  /** csv only: start with a UTF-8 byte-order mark (the default) so Excel reads accented names right. */
  bom?: boolean;
  /** The report was redacted (--redact): formats for people say so. */
  redacted?: boolean;
}

interface RendererTraits {
  /** Streaming formats write a line per record as it is read; `null` skips the record. */
  renderRecord?: (analyzed: AnalyzedRecord) => string | null;
  /** True when the output ends with the summary line itself, so it is not repeated on stderr. */
  includesSummary?: boolean;
}

/**
 * A pure function of the report (and of each record, for streaming formats) to the text written on stdout:
 * one string, or chunks for formats whose output can be large. A renderer that reads the groups once, in order,
 * says so with `streamed` and gets them as they are built, so a district's report is never held whole.
 */
export type Renderer = RendererTraits &
  (
    | { streamed: true; render(report: StreamedReport, options: RenderOptions): string | Iterable<string> }
    | { streamed?: false; render(report: Report, options: RenderOptions): string | Iterable<string> }
  );

/** The whole output of a renderer as one string (tests, and callers that need it at once). */
export function renderedText(rendered: string | Iterable<string>): string {
  return typeof rendered === "string" ? rendered : [...rendered].join("");
}
