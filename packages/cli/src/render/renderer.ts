import type { AnalyzedRecord, Report } from "@sis/core";
import type { GroupBy } from "../view/group-by.js";

export interface RenderOptions {
  groupBy: GroupBy;
  /** ANSI colour; only ever true for a terminal without NO_COLOR. */
  colour: boolean;
}

/** A pure function of the report (and of each record, for streaming formats) to the text written on stdout. */
export interface Renderer {
  render(report: Report, options: RenderOptions): string;
  /** Streaming formats write a line per record as it is read; `null` skips the record. */
  renderRecord?: (analyzed: AnalyzedRecord) => string | null;
  /** True when the output ends with the summary line itself, so it is not repeated on stderr. */
  includesSummary?: boolean;
}
