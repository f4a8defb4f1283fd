import { PASSBACK_EFFECTS, type PassbackEffect } from "../../catalog/entry-schema.js";
import { LIMITS } from "../../limits.js";
import { orderedFinding } from "../../report/ordered-finding.js";
import type { Cause } from "../../report/provisioning-schema.js";
import type { Finding, Group } from "../../report/report-schema.js";
import { plural } from "../../util/plural.js";
import type { ObjectKind } from "../model.js";
import { type CauseIndex, type FindingRef, refKey } from "./cause-index.js";
import type { PassbackKeys } from "./passback-keys.js";

/** Captures of passback messages that name a student, a section or a course, by name. */
const CAPTURE_KIND: readonly [RegExp, ObjectKind][] = [
  [/student|user/i, "user"],
  [/section/i, "section"],
  [/course/i, "course"],
];

/** What linking reads of a passback finding's catalog entry, by id. */
export interface LinkedEntries {
  /** The entry's fix as it stands, for a linked finding without one of its own. */
  fix(id: string): Finding["fix"];
  /**
   * What SIS import problems the entry's error can come from: none for a failure of the transport, the credentials
   * or the server, or of the assignment itself.
   */
  causedBy(id: string): readonly PassbackEffect[];
  /** What the provisioning finding a cause points at breaks (its entry's or silent behaviour's `affects`). */
  breaks(ref: FindingRef): readonly PassbackEffect[];
}

/**
 * A passback group with each finding linked to the provisioning findings that name its course, sections or
 * students: the student not found for an enrollment, the section an enrollment names that does not exist, the
 * course whose SIS id changed. A provisioning finding is a cause only when what it breaks (the roster, the dates)
 * is what the passback error can come from: a course's bad date explains a due date outside the grading period,
 * not a student missing from the SIS; nothing explains a 500, an expired token or a grading category that does
 * not exist. A linked finding's fix starts by saying to correct the provisioning first, for every person it has
 * steps for.
 */
export function linkCauses(group: Group, index: CauseIndex, keys: PassbackKeys, entries: LinkedEntries): Group {
  if (index.size === 0) return group;
  let changed = false;
  const findings = group.findings.map((finding) => {
    // A 500 or an expired token is not explained by a missing section of the same course; an unknown error may be.
    const causedBy = finding.entry ? entries.causedBy(finding.entry.id) : PASSBACK_EFFECTS;
    if (causedBy.length === 0) return finding;
    const known = keys.of(group.course, group.assignment, finding.entry?.id ?? finding.template ?? "");
    const explains = (ref: FindingRef) => entries.breaks(ref).some((effect) => causedBy.includes(effect));
    const causes = causesOf(group, finding, index, known, explains);
    if (causes.length === 0) return finding;
    changed = true;
    // A finding without a fix of its own follows its entry's, which the linked fix starts from.
    const fix = finding.fix ?? (finding.entry ? entries.fix(finding.entry.id) : undefined);
    return orderedFinding({ ...finding, causes, fix: fixWithCauses(fix, causes) });
  });
  return changed ? { ...group, findings } : group;
}

function causesOf(
  group: Group,
  finding: Finding,
  index: CauseIndex,
  known: { sections: readonly string[]; courses: readonly string[] },
  explains: (ref: FindingRef) => boolean,
): Cause[] {
  const wanted: [ObjectKind, string][] = [];
  if (group.course.id !== null) wanted.push(["course", group.course.id]);
  for (const course of known.courses) wanted.push(["course", course]);
  for (const section of known.sections) wanted.push(["section", section]);
  for (const user of finding.users) if (user.id !== null) wanted.push(["user", user.id]);
  for (const [name, { values }] of Object.entries(finding.captureValues ?? {})) {
    const kind = CAPTURE_KIND.find(([pattern]) => pattern.test(name))?.[1];
    if (kind !== undefined) for (const value of values) wanted.push([kind, value]);
  }
  // A person's provisioning problem explains an error of theirs only in a course their own rows of the finding name
  // (or in any, for a problem with the person themselves): a bad enrollment in one course does not fail their
  // grades in another, nor does another person's row of the same finding in that course. When the imported files
  // do not know the log's course ids at all (Canvas ids against SIS ids), that cannot be told, and the person
  // alone links.
  const courses = [group.course.id, ...known.courses].filter((id): id is string => id !== null);
  const comparable = courses.filter((id) => index.knowsCourse(id));
  const inCourse = (ref: FindingRef, kind: "user" | "login", id: string) => {
    const named = index.coursesOf(ref, kind, id);
    return named === null || comparable.length === 0 || comparable.some((course) => named.has(course));
  };
  const causes = new Map<string, { ref: FindingRef; shared: Map<string, { kind: ObjectKind; id: string }> }>();
  for (const [kind, id] of wanted) {
    for (const ref of index.findingsOf(kind, id)) {
      if (!explains(ref)) continue;
      if ((kind === "user" || kind === "login") && !inCourse(ref, kind, id)) continue;
      const at = refKey(ref);
      const cause = causes.get(at) ?? { ref, shared: new Map() };
      causes.set(at, cause);
      cause.shared.set(`${kind}\u0000${id}`, { kind, id });
    }
  }
  return [...causes.values()]
    .sort((a, b) => b.shared.size - a.shared.size || b.ref.count - a.ref.count || a.ref.key.localeCompare(b.ref.key))
    .slice(0, LIMITS.causesPerFinding)
    .map(({ ref, shared }) => ({
      import: ref.import,
      file: ref.file,
      key: ref.key,
      title: ref.title,
      shared: [...shared.values()].slice(0, LIMITS.provisioningIdsPerFinding),
    }));
}

/** The fix with a first step, for each person it has steps for: correct the provisioning, then sync again. */
function fixWithCauses(fix: Finding["fix"], causes: readonly Cause[]): Finding["fix"] {
  const first = causes[0] as Cause;
  const where = [first.import === null ? null : `SIS import ${first.import}`, first.file].filter(Boolean).join(", ");
  const ids = first.shared.map((object) => `${object.kind} ${object.id}`).join(", ");
  const more = causes.length > 1 ? ` (and ${plural(causes.length - 1, "more provisioning finding")})` : "";
  const cause = `${where ? `${where}: ` : ""}“${first.title}” (${ids})${more}`;
  const step = `Correct the provisioning first: ${cause}. Once the import is clean, sync the grades again.`;
  const ask = `Ask the SIS admin to correct the provisioning first (${cause}), then sync the grades again.`;
  // The SIS admin sends the imports, so always has the step, even when the passback fix named only others.
  const linked: NonNullable<Finding["fix"]> = { ...fix, sisAdmin: fix?.sisAdmin ?? [] };
  for (const [actor, steps] of Object.entries(linked) as [keyof NonNullable<Finding["fix"]>, string[]][]) {
    linked[actor] = [actor === "teacher" ? ask : step, ...steps];
  }
  return linked;
}
