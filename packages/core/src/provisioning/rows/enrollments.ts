import { type CheckContext, cell, expect, type Header, type RowCheck, silently } from "../checks/check-context.js";
import { predictDates } from "../checks/dates.js";
import type { ReferenceSpec } from "../checks/references.js";
import { enrollmentRoleVerdict, roleKey } from "../checks/roles.js";
import { isActiveStatus, statusVerdict } from "../checks/status.js";
import { GrowableInts } from "../ids/growable.js";
import type { ObjectRef } from "../model.js";

const ENROLLED_USER: ReferenceSpec = {
  target: "user",
  context: ["course", "section"],
  // Made from the user's first row only, though Canvas fails every enrollment of a user it does not find.
  missing: (userId, [courseId = "", sectionId = ""], row) => ({
    ...expect("user-not-found-for-enrollment", row, { userId, courseId, sectionId }, [], "possible"),
    aboutPerson: true,
  }),
};
const ASSOCIATED_USER: ReferenceSpec = {
  target: "user",
  context: [],
  missing: (associatedUserId, _, row) =>
    expect("nonexistent-associated-user", row, { associatedUserId }, [], "possible"),
};

/** A one-argument function that remembers its last answer: a column whose value repeats row after row. */
function memoLast<T>(of: (text: string) => T): (text: string) => T {
  let last: string | null = null;
  let answer: T;
  return (text) => {
    if (text !== last) {
      answer = of(text);
      last = text;
    }
    return answer;
  };
}

/**
 * enrollments.csv, the largest file of most imports: per row a handful of cell reads and id lookups. Which user,
 * section and course exist is decided at the end of the run (references, contexts); repeated enrollments and
 * users in two sections of a course through the packed enrollment keys.
 */
export function enrollmentRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns([
    "course_id",
    "section_id",
    "user_id",
    "user_integration_id",
    "role",
    "role_id",
    "status",
    "associated_user_id",
    "start_date",
    "end_date",
  ]);
  const { tables, references, contexts, enrollments, file } = context;
  const [courseOf, sectionOf, userOf] = [tables.course.indexer(), tables.section.indexer(), tables.user.indexer()];
  // The course a section's rows name, per section: a roster names the same course on every row of a section.
  const courseTexts: string[] = [];
  const courseNumbers = new GrowableInts(-1);
  const courseIn = (section: number, text: string) => {
    if (section < 0) return courseOf(text);
    if (courseTexts[section] === text) return courseNumbers.get(section);
    const course = courseOf(text);
    // Filled in order, never with a gap, so the array stays a plain list and not a dictionary.
    while (courseTexts.length <= section) courseTexts.push("");
    courseTexts[section] = text;
    courseNumbers.set(section, course);
    return course;
  };
  const enrolled = references.tally(file, ENROLLED_USER);
  const role = memoLast((text: string) => enrollmentRoleVerdict(text, ""));
  const key = memoLast((text: string) => roleKey(text, ""));
  const context2 = [-1, -1];
  return (fields, row) => {
    const courseId = cell(fields, c.course_id);
    const sectionId = cell(fields, c.section_id);
    if (courseId === "" && sectionId === "") return context.predict(expect("no-enrollment-context", row, {}));
    const userId = cell(fields, c.user_id);
    if (userId === "" && cell(fields, c.user_integration_id) === "") {
      return context.predict(expect("no-enrollment-user", row, {}));
    }
    const section = sectionId === "" ? -1 : sectionOf(sectionId);
    const course = courseId === "" ? -1 : courseIn(section, courseId);
    const user = userId === "" ? -1 : userOf(userId);
    // Made only for a prediction: nearly every row has none.
    const objectsOf = (): ObjectRef[] => {
      const objects: ObjectRef[] = [];
      if (user >= 0) objects.push(["user", user]);
      if (section >= 0) objects.push(["section", section]);
      if (course >= 0) objects.push(["course", course]);
      return objects;
    };
    const status = cell(fields, c.status);
    if (statusVerdict("enrollment", status) !== "ok") {
      return context.predict(expect("improper-status", row, { status }, objectsOf()));
    }
    if (user >= 0) {
      context2[0] = course;
      context2[1] = section;
      enrolled.note(user, row, context2);
    }
    contexts.note(file, section, course, user, row);
    const [roleName, roleId] = [cell(fields, c.role), cell(fields, c.role_id)];
    const roleVerdict = roleId === "" ? role(roleName) : "ok";
    if (roleVerdict !== "ok") {
      const certainty = roleVerdict === "custom" ? "possible" : "certain";
      context.predict(expect("improper-role", row, { role: roleName }, objectsOf(), certainty));
    }
    const associated = cell(fields, c.associated_user_id);
    if (associated !== "") references.note(file, ASSOCIATED_USER, tables.user.index(associated), row);
    const dates = [cell(fields, c.start_date), cell(fields, c.end_date)] as const;
    const where =
      section >= 0 ? { context: "section", contextId: sectionId } : { context: "course", contextId: courseId };
    if (dates[0] !== "" || dates[1] !== "") {
      const objects = objectsOf();
      const bad = () => expect("bad-date-enrollment", row, { userId, ...where }, objects);
      predictDates(context, row, dates, bad, objects);
      if (dates[0] === "" || dates[1] === "") {
        context.predict(silently("enrollment-dates-ignored", row, { userId }, objects));
      }
    }
    if (user < 0) return;
    const identity = roleId === "" ? key(roleName) : roleKey(roleName, roleId);
    const before = enrollments.note(user, section, course, identity, isActiveStatus(status), row, file);
    if (before > 0) {
      const captures = { userId, contextId: sectionId || courseId, firstRow: String(before) };
      context.predict(silently("duplicate-enrollment", row, captures, objectsOf()));
    }
  };
}
