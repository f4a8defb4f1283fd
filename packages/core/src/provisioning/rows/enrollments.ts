import { type CheckContext, cell, expect, type Header, type RowCheck, silently } from "../checks/check-context.js";
import { predictDates } from "../checks/dates.js";
import type { ReferenceSpec } from "../checks/references.js";
import { enrollmentRoleVerdict, roleKey } from "../checks/roles.js";
import { isActiveStatus, statusVerdict } from "../checks/status.js";
import type { ObjectRef } from "../model.js";

const ENROLLED_USER: ReferenceSpec = {
  target: "user",
  context: ["course", "section"],
  missing: (userId, [courseId = "", sectionId = ""], row) =>
    expect("user-not-found-for-enrollment", row, { userId, courseId, sectionId }, [], "possible"),
};
const ASSOCIATED_USER: ReferenceSpec = {
  target: "user",
  context: [],
  missing: (associatedUserId, _, row) =>
    expect("nonexistent-associated-user", row, { associatedUserId }, [], "possible"),
};

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
  return (fields, row) => {
    const courseId = cell(fields, c.course_id);
    const sectionId = cell(fields, c.section_id);
    if (courseId === "" && sectionId === "") return context.predict(expect("no-enrollment-context", row, {}));
    const userId = cell(fields, c.user_id);
    if (userId === "" && cell(fields, c.user_integration_id) === "") {
      return context.predict(expect("no-enrollment-user", row, {}));
    }
    const course = courseId === "" ? -1 : tables.course.index(courseId);
    const section = sectionId === "" ? -1 : tables.section.index(sectionId);
    const user = userId === "" ? -1 : tables.user.index(userId);
    const objects: ObjectRef[] = [];
    if (user >= 0) objects.push(["user", user]);
    if (section >= 0) objects.push(["section", section]);
    if (course >= 0) objects.push(["course", course]);
    const status = cell(fields, c.status);
    if (statusVerdict("enrollment", status) !== "ok") {
      return context.predict(expect("improper-status", row, { status }, objects));
    }
    if (user >= 0) references.note(file, ENROLLED_USER, user, row, [course, section]);
    contexts.note(file, section, course, user, row);
    const [role, roleId] = [cell(fields, c.role), cell(fields, c.role_id)];
    const roleVerdict = enrollmentRoleVerdict(role, roleId);
    if (roleVerdict !== "ok") {
      context.predict(
        expect("improper-role", row, { role }, objects, roleVerdict === "custom" ? "possible" : "certain"),
      );
    }
    const associated = cell(fields, c.associated_user_id);
    if (associated !== "") references.note(file, ASSOCIATED_USER, tables.user.index(associated), row);
    const dates = [cell(fields, c.start_date), cell(fields, c.end_date)] as const;
    const where =
      section >= 0 ? { context: "section", contextId: sectionId } : { context: "course", contextId: courseId };
    predictDates(context, row, dates, () => expect("bad-date-enrollment", row, { userId, ...where }, objects), objects);
    if ((dates[0] === "") !== (dates[1] === "")) {
      context.predict(silently("enrollment-dates-ignored", row, { userId }, objects));
    }
    if (user < 0) return;
    const before = enrollments.note(user, section, course, roleKey(role, roleId), isActiveStatus(status), row, file);
    if (before > 0) {
      const captures = { userId, contextId: sectionId || courseId, firstRow: String(before) };
      context.predict(silently("duplicate-enrollment", row, captures, objects));
    }
  };
}
