import type { LogRecord } from "../../records/log-record.js";
import { detach } from "../../util/detach.js";
import { idKey } from "../../util/id-key.js";

/** Sections (and course SIS ids) kept per finding; a link needs only a few. */
const PER_FINDING = 20;

interface Keys {
  sections: string[];
  courses: string[];
}

/**
 * What passback errors know of their sections and course SIS ids, which the aggregation does not keep, per finding
 * (course, assignment, then entry or template): so a finding is linked to the SIS import findings of its own
 * sections, not of every section of its assignment. Three lookups per error record by keys the analysis already
 * holds (no key is built), and a few strings per finding.
 */
export class PassbackKeys {
  private readonly byCourse = new Map<string | number, Map<string | number, Map<string, Keys>>>();

  /** `finding` is the record's entry id, or its masked template when no entry explains it. */
  note(record: LogRecord, finding: string): void {
    const { section, courseSisId } = record;
    if (section === undefined && courseSisId === undefined) return;
    const course = idKey(record.courseId ?? record.courseName ?? "");
    const assignment = idKey(record.assignmentId ?? record.assignmentName ?? "");
    let byAssignment = this.byCourse.get(course);
    if (byAssignment === undefined) {
      byAssignment = new Map();
      this.byCourse.set(typeof course === "string" ? detach(course) : course, byAssignment);
    }
    let byFinding = byAssignment.get(assignment);
    if (byFinding === undefined) {
      byFinding = new Map();
      byAssignment.set(typeof assignment === "string" ? detach(assignment) : assignment, byFinding);
    }
    let keys = byFinding.get(finding);
    if (keys === undefined) {
      keys = { sections: [], courses: [] };
      byFinding.set(finding, keys);
    }
    if (section !== undefined) keep(keys.sections, section);
    if (courseSisId !== undefined) keep(keys.courses, courseSisId);
  }

  /** The sections and course SIS ids a finding's error records named (its entry id, or its template). */
  of(
    course: { id: string | null; name: string | null },
    assignment: { id: string | null; name: string | null },
    finding: string,
  ): Keys {
    const byAssignment = this.byCourse.get(idKey(course.id ?? course.name ?? ""));
    const keys = byAssignment?.get(idKey(assignment.id ?? assignment.name ?? ""))?.get(finding);
    return keys ?? { sections: [], courses: [] };
  }
}

function keep(into: string[], value: string): void {
  if (into.length < PER_FINDING && !into.includes(value)) into.push(detach(value));
}
