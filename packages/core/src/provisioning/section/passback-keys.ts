import type { LogRecord } from "../../records/log-record.js";
import { groupKey } from "../../report/group-key.js";

/** Sections (and course SIS ids) kept per passback finding; a finding's link needs only a few. */
const PER_FINDING = 20;

/**
 * What passback findings know of their sections and course SIS ids, which the aggregation does not keep: noted
 * from each error and warning record, so a finding can be linked to the provisioning findings of its sections.
 */
export class PassbackKeys {
  private readonly byFinding = new Map<string, { sections: Set<string>; courses: Set<string> }>();

  note(record: LogRecord, findingKey: string): void {
    if (record.section === undefined && record.courseSisId === undefined) return;
    const key = `${groupKey(
      { id: record.courseId ?? null, name: record.courseName ?? null },
      { id: record.assignmentId ?? null, name: record.assignmentName ?? null },
    )}\u0000${findingKey}`;
    let keys = this.byFinding.get(key);
    if (keys === undefined) {
      keys = { sections: new Set(), courses: new Set() };
      this.byFinding.set(key, keys);
    }
    if (record.section !== undefined && keys.sections.size < PER_FINDING) keys.sections.add(record.section);
    if (record.courseSisId !== undefined && keys.courses.size < PER_FINDING) keys.courses.add(record.courseSisId);
  }

  of(group: string, findingKey: string): { sections: readonly string[]; courses: readonly string[] } {
    const keys = this.byFinding.get(`${group}\u0000${findingKey}`);
    return { sections: keys ? [...keys.sections] : [], courses: keys ? [...keys.courses] : [] };
  }
}
