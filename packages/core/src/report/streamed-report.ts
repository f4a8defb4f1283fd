import type { Group, Report } from "./report-schema.js";

/**
 * A report whose groups are built one at a time, in report order, as they are read — once. Everything else is
 * there from the start (the summary is counted before the first group is built). A district's report runs to
 * tens of MB; written from this, no more than one group of it is ever held. A `Report` is also a StreamedReport.
 */
export type StreamedReport = Omit<Report, "groups"> & { groups: Iterable<Group> };

/** The whole report, groups and all (for callers that look at it more than once). Keeps the key order. */
export function materializeReport(report: StreamedReport): Report {
  return Array.isArray(report.groups) ? (report as Report) : { ...report, groups: [...report.groups] };
}
