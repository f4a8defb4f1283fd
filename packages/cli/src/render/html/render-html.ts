import type { Report } from "@sis/core";
import { breakdownSection } from "./breakdown-section.js";
import { courseKey } from "./course-key.js";
import { orderedCourses } from "./course-order.js";
import { coursesSection } from "./courses-section.js";
import { diagnosticsSection } from "./diagnostics-section.js";
import { htmlDocument } from "./document.js";
import { escalationNotes } from "./escalation-notes.js";
import { glanceSection } from "./glance-section.js";
import { jsonForScript } from "./json-script.js";
import { overviewData } from "./overview-data.js";
import { DEFAULT_USER_LIMIT, pagePayload } from "./page-payload.js";
import { PAGE_SCRIPT } from "./page-script.generated.js";
import { timelineSection } from "./timeline-section.js";
import { unknownSection } from "./unknown-section.js";
import { worstSection } from "./worst-section.js";

export interface HtmlOptions {
  /** Say in the page that student names, ids and emails are pseudonyms (the report must already be redacted). */
  redacted?: boolean;
  /** Affected students embedded per finding (default 50); the page says how many more the JSON report has. */
  userLimit?: number;
}

/**
 * The report as one self-contained HTML file: overview, charts and tables written here; the course drill-down built
 * by the page's script from data embedded as JSON. A pure function of the report: no file system, network or
 * process; the same report always gives the same file.
 */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const data = overviewData(report);
  const courses = orderedCourses(report.groups);
  const anchors = new Map(
    courses.map((course) => [courseKey((course.groups[0] as Report["groups"][number]).course), course.anchor]),
  );
  const notes = escalationNotes(
    report,
    courses.map((course) => course.groups),
  );
  const payload = pagePayload(
    courses.map((course, index) => ({ ...course, note: notes.spans[index] ?? [0, 0] })),
    options.userLimit ?? DEFAULT_USER_LIMIT,
  );
  return htmlDocument({
    report,
    redacted: options.redacted === true,
    sections: [
      glanceSection(report, data),
      timelineSection(report, data),
      breakdownSection(data, report.summary.warnings),
      worstSection(data, anchors),
      coursesSection(data, courses.length),
      unknownSection(report),
      diagnosticsSection(report),
    ],
    dataJson: jsonForScript(payload),
    notes: notes.packed,
    script: PAGE_SCRIPT,
  });
}
