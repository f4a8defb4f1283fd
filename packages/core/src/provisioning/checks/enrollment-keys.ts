import { GrowableInts } from "../ids/growable.js";
import { NumberHash } from "../ids/number-hash.js";

const USERS = 2 ** 26;
const CONTEXTS = 2 ** 21;
const ROLES = 32;

/** Two active enrollments of one user in two sections of the same course with the same role. */
export interface TwoSections {
  user: number;
  course: number;
  role: string;
  sections: [number, number];
  row: number;
}

/**
 * The identity of every enrollment of a run, as Canvas identifies one (user, section or course, role), packed into
 * one number per enrollment in a typed hash: 12 bytes each, for a million of them. It finds rows that repeat an
 * enrollment, and, once the sections' courses are known, users left active in two sections of one course.
 */
export class EnrollmentKeys {
  private readonly keys = new NumberHash();
  private readonly roleNumbers = new Map<string, number>();
  private readonly roleNames: string[] = [];
  /** Each section's course as sections.csv gives it, and the course a cross-listing moves it to. */
  readonly sectionCourse = new GrowableInts(-1);
  readonly crossListedTo = new GrowableInts(-1);
  /** Set when ids outgrow the packing; the checks that need it then stop (and say so). */
  overflow = false;
  /** The first enrollments file of the run, which findings across enrollments are told of. */
  firstFile = -1;

  /**
   * Notes an enrollment row; returns the row that gave the same enrollment before, or 0. `section` or `course` is
   * -1 when the row does not name one.
   */
  note(
    user: number,
    section: number,
    course: number,
    role: string,
    active: boolean,
    row: number,
    file: number,
  ): number {
    if (this.firstFile < 0) this.firstFile = file;
    const key = this.keyOf(user, section, course, role);
    if (key < 0) return 0;
    const before = this.keys.exchange(key, row * 2 + (active ? 1 : 0));
    return before === undefined ? 0 : before >>> 1;
  }

  /**
   * Users active in two sections of one course with the same role (each such user, course and role once). Two
   * enrollments of a user with one role fall in the same course exactly when their (user, course, role) agree:
   * those are found by sorting that number for every active enrollment in a section (a native sort of one typed
   * array), and only the few that repeat are looked at again for their sections.
   */
  *twoSections(): Generator<TwoSections> {
    const groups = new Float64Array(this.keys.size);
    let count = 0;
    for (const [key, value] of this.keys.entries()) {
      const group = this.groupOf(key, value);
      if (group >= 0) groups[count++] = group;
    }
    const sorted = groups.subarray(0, count).sort();
    const repeated = new Set<number>();
    for (let at = 1; at < sorted.length; at++) if (sorted[at] === sorted[at - 1]) repeated.add(sorted[at] as number);
    if (repeated.size === 0) return;
    const found = new Map<number, { sections: number[]; row: number }>();
    for (const [key, value] of this.keys.entries()) {
      const group = this.groupOf(key, value);
      if (!repeated.has(group)) continue;
      const seen = found.get(group) ?? { sections: [], row: 0 };
      seen.sections.push(Math.floor(key / ROLES) % (CONTEXTS * 2));
      seen.row = Math.max(seen.row, value >>> 1);
      found.set(group, seen);
    }
    for (const [group, { sections, row }] of found) {
      const [first = 0, second = 0] = sections.sort((a, b) => a - b);
      const role = group % ROLES;
      const rest = Math.floor(group / ROLES);
      yield {
        user: Math.floor(rest / CONTEXTS),
        course: rest % CONTEXTS,
        role: this.roleNames[role] ?? "",
        sections: [first, second],
        row,
      };
    }
  }

  /**
   * The people enrolled in each of `contexts` (a `contextOf` number), with their enrollments there: the users of
   * the few (section, course) pairs Canvas will fail, found in one pass over the keys the run holds anyway.
   */
  peopleIn(contexts: ReadonlySet<number>): Map<number, Map<number, number>> {
    const people = new Map<number, Map<number, number>>();
    if (contexts.size === 0) return people;
    for (const [key] of this.keys.entries()) {
      const context = Math.floor(key / ROLES) % (CONTEXTS * 2);
      if (!contexts.has(context)) continue;
      const user = Math.floor(key / ROLES / (CONTEXTS * 2));
      const users = people.get(context) ?? new Map<number, number>();
      users.set(user, (users.get(user) ?? 0) + 1);
      people.set(context, users);
    }
    return people;
  }

  /** The number an enrollment's context packs as: its section, or its course when it names no section; -1 for none. */
  contextOf(section: number, course: number): number {
    return section >= 0 ? section : course >= 0 ? CONTEXTS + course : -1;
  }

  /** The (user, course, role) number of an active enrollment in a section whose course is known, or -1. */
  private groupOf(key: number, value: number): number {
    if ((value & 1) === 0) return -1;
    const role = key % ROLES;
    const context = Math.floor(key / ROLES) % (CONTEXTS * 2);
    if (context >= CONTEXTS) return -1;
    const course = this.sectionCourse.get(context);
    if (course < 0) return -1;
    const user = Math.floor(key / ROLES / (CONTEXTS * 2));
    return (user * CONTEXTS + course) * ROLES + role;
  }

  private keyOf(user: number, section: number, course: number, role: string): number {
    const context = this.contextOf(section, course);
    const roleNumber = this.roleNumber(role);
    if (context < 0 || user >= USERS || section >= CONTEXTS || course >= CONTEXTS || roleNumber < 0) {
      if (context >= 0) this.overflow = true;
      return -1;
    }
    return (user * CONTEXTS * 2 + context) * ROLES + roleNumber;
  }

  private roleNumber(role: string): number {
    let number = this.roleNumbers.get(role);
    if (number === undefined) {
      if (this.roleNames.length >= ROLES) return -1;
      number = this.roleNames.length;
      this.roleNames.push(role);
      this.roleNumbers.set(role, number);
    }
    return number;
  }
}
