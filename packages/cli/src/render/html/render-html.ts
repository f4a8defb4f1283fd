import type { Report } from "@sis/core";
import { provisioningHtmlSection } from "../../provisioning/html-section.js";
import type { Integration } from "../escalation-route.js";
import { breakdownSection } from "./breakdown-section.js";
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
  /** Who runs the SIS integration: decides whom each course's escalation note addresses. */
  integration?: Integration;
}

/**
 * The report as one self-contained HTML file: overview, charts and tables written here; the course drill-down built
 * by the page's script from data embedded as JSON. A pure function of the report: no file system, network or
 * process; the same report always gives the same file.
 */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const data = overviewData(report);
  const courses = orderedCourses(report.groups);
  const anchors = new Map(courses.map((course) => [course.key, course.anchor]));
  const notes = escalationNotes(
    report,
    courses.map((course) => course.groups),
    options.integration,
  );
  const payload = pagePayload(
    report,
    courses.map((course, index) => ({ ...course, note: notes.spans[index] ?? [0, 0] })),
    options.userLimit ?? DEFAULT_USER_LIMIT,
  );
  return htmlDocument({
    report,
    redacted: options.redacted === true,
    // A new part of the report (provisioning findings, say) is one more line here, with its section function.
    sections: [
      ...(report.provisioning
        ? [{ id: "provisioning", nav: "SIS imports", markup: provisioningHtmlSection(report.provisioning) }]
        : []),
      { id: "glance", nav: "At a glance", markup: glanceSection(report, data) },
      { id: "timeline", nav: "Over time", markup: timelineSection(report, data) },
      { id: "breakdown", nav: "Where", markup: breakdownSection(data, report.summary.warnings) },
      { id: "worst", nav: "Worst", markup: worstSection(data, anchors) },
      { id: "courses", nav: "By course", markup: coursesSection(data, courses.length) },
      { id: "unknown", nav: "Unknown errors", markup: unknownSection(report) },
      { id: "diagnostics", nav: "Diagnostics", markup: diagnosticsSection(report) },
    ],
    dataJson: jsonForScript(payload),
    notes: notes.packed,
    script: PAGE_SCRIPT,
  });
}
