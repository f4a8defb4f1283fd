import { GrowableInts } from "../ids/growable.js";
import { NumberHash } from "../ids/number-hash.js";
import type { ObjectTables } from "../ids/object-tables.js";
import type { ObjectKind, ObjectRef, Prediction } from "../model.js";
import { expect } from "./check-context.js";
import type { EnrollmentKeys } from "./enrollment-keys.js";

const PAIR = 2 ** 26;

/**
 * The sections and courses enrollment rows name, per distinct (section, course) pair: whether Canvas will find
 * them, and whether the section belongs to the course (its own, or the one it is cross-listed into). Resolved at
 * the end of the run, when every sections.csv and xlists.csv row is known.
 */
export class EnrollmentContexts {
  private readonly slots = new NumberHash();
  private readonly files: number[] = [];
  private readonly pairs: [section: number, course: number][] = [];
  private readonly counts = new GrowableInts(0);
  private readonly firstRow = new GrowableInts(0);
  private readonly firstUser = new GrowableInts(-1);
  /** The slot a section's rows went to last: most rows of a section name the same course, in the same file. */
  private readonly lastSlot = new GrowableInts(-1);

  note(file: number, section: number, course: number, user: number, row: number): void {
    if (section >= 0) {
      const last = this.lastSlot.get(section);
      const pair = this.pairs[last];
      if (pair !== undefined && pair[1] === course && this.files[last] === file) {
        this.counts.add(last, 1);
        return;
      }
    }
    const key = ((section + 1) * PAIR + (course + 1)) * 64 + (file % 64);
    let slot = this.slots.get(key);
    if (slot === undefined || this.files[slot] !== file) {
      slot = this.pairs.length;
      this.slots.set(key, slot);
      this.pairs.push([section, course]);
      this.files.push(file);
      this.firstRow.set(slot, row);
      this.firstUser.set(slot, user);
    }
    this.counts.add(slot, 1);
    if (section >= 0) this.lastSlot.set(section, slot);
  }

  /**
   * The pairs Canvas will fail, each with every user of its rows: the first user's row makes the prediction, the
   * others come from the enrollment keys (by section, or by course for rows without one), so each of them links to
   * the problem too. Only the failing pairs' users are gathered, at the end. When a section's rows name several
   * courses, the keys cannot tell whose row named which: its users go to each of its failing pairs, and the cause
   * links still hold a person to the courses their own row names.
   */
  *problems(
    tables: ObjectTables,
    keys: EnrollmentKeys,
    isDefined: (kind: ObjectKind, at: number) => boolean,
    checkable: (kind: ObjectKind) => boolean,
  ): Generator<{ file: number; prediction: Prediction; count: number }> {
    const found: { slot: number; context: number; prediction: Prediction }[] = [];
    for (let slot = 0; slot < this.pairs.length; slot++) {
      const [section, course] = this.pairs[slot] as [number, number];
      // A kind the run has no file of is taken as found: Canvas most likely has it from earlier imports.
      const sectionFound = section >= 0 && (!checkable("section") || isDefined("section", section));
      const courseFound = course >= 0 && (!checkable("course") || isDefined("course", course));
      const user = this.firstUser.get(slot);
      const ids = {
        sectionId: section < 0 ? "" : tables.section.text(section),
        courseId: course < 0 ? "" : tables.course.text(course),
        userId: user < 0 ? "" : tables.user.text(user),
      };
      const objects: ObjectRef[] = [];
      if (section >= 0) objects.push(["section", section]);
      if (course >= 0) objects.push(["course", course]);
      const row = this.firstRow.get(slot);
      const prediction = problemOf(section, course, sectionFound, courseFound, keys, ids, row, objects);
      if (prediction) found.push({ slot, context: keys.contextOf(section, course), prediction });
    }
    const people = keys.peopleIn(new Set(found.map(({ context }) => context)));
    for (const { slot, context, prediction } of found) {
      const count = this.counts.get(slot);
      const users = people.get(context);
      const user = this.firstUser.get(slot);
      // Without keys for the pair (ids past the packing), its first user still stands for it.
      const withUsers: Prediction =
        users === undefined || users.size === 0
          ? { ...prediction, objects: user < 0 ? prediction.objects : [...prediction.objects, ["user", user]] }
          : { ...prediction, people: [...users] };
      yield { file: this.files[slot] as number, prediction: withUsers, count };
    }
  }
}

function problemOf(
  section: number,
  course: number,
  sectionFound: boolean,
  courseFound: boolean,
  keys: EnrollmentKeys,
  ids: { sectionId: string; courseId: string; userId: string },
  row: number,
  objects: readonly ObjectRef[],
): Prediction | null {
  const { sectionId, courseId, userId } = ids;
  // Canvas looks both up, and with neither found says so whichever the row gave.
  if (!sectionFound && !courseFound) {
    return expect("neither-course-nor-section", row, { courseId, sectionId, userId }, objects, "possible");
  }
  if (section >= 0 && !sectionFound) return expect("nonexistent-section", row, { sectionId }, objects, "possible");
  if (course >= 0 && !courseFound) return expect("nonexistent-course", row, { courseId }, objects, "possible");
  if (section < 0 || course < 0) return null;
  const own = keys.sectionCourse.get(section);
  const moved = keys.crossListedTo.get(section);
  if (own < 0 || own === course || moved === course) return null;
  return expect("unrelated-section-course", row, { sectionId, courseId, userId }, objects);
}
