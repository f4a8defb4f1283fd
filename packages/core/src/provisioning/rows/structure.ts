import { type CheckContext, cell, expect, type Header, type RowCheck, silently } from "../checks/check-context.js";
import { endsBeforeStart, predictDates } from "../checks/dates.js";
import { defineObject } from "../checks/duplicates.js";
import type { ReferenceSpec } from "../checks/references.js";
import { isDeletedStatus, statusVerdict } from "../checks/status.js";
import type { ObjectKind, ObjectRef } from "../model.js";

/**
 * Parent accounts must exist in Canvas or come earlier in the file: Canvas imports accounts in file order. A
 * parent the run defines only further down is certainly missing; one it never defines, unless Canvas has it.
 */
const PARENT: ReferenceSpec = {
  target: "account",
  context: ["account"],
  missing: (_, [accountId = ""], row) => expect("parent-account-missing", row, { accountId }, [], "possible"),
  definedLater: (_, [accountId = ""], row) => expect("parent-account-missing", row, { accountId }),
};

/** accounts.csv: an account's name and status are needed only when it is new, which the CSVs cannot show. */
export function accountRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns(["account_id", "parent_account_id", "name", "status"]);
  const { tables, parents } = context;
  return (fields, row) => {
    const accountId = cell(fields, c.account_id);
    if (accountId === "") return context.predict(expect("no-account-id", row, {}));
    const account = tables.account.index(accountId);
    const objects: ObjectRef[] = [["account", account]];
    const status = cell(fields, c.status);
    if (statusVerdict("account", status) !== "ok") {
      return context.predict(expect("improper-status-account", row, { status, accountId }, objects, "possible"));
    }
    if (cell(fields, c.name) === "") {
      return context.predict(expect("no-name-account", row, { accountId }, objects, "possible"));
    }
    const parentId = cell(fields, c.parent_account_id);
    if (parentId !== "") {
      const parent = tables.account.index(parentId);
      if (loops(parents, account, parent)) {
        return context.predict(expect("account-parent-loop", row, { accountId, parentId }, objects));
      }
      parents.set(account, parent);
      if (tables.account.definer(parent) < 0) context.references.note(context.file, PARENT, parent, row, [account]);
    }
    defineObject(context, "account", account, row, objects);
  };
}

function loops(parents: CheckContext["parents"], account: number, parent: number): boolean {
  let at = parent;
  for (let steps = 0; at >= 0 && steps < 1000; steps++) {
    if (at === account) return true;
    at = parents.get(at);
  }
  return false;
}

const DATE_OVERRIDE_TYPES = new Set(["StudentEnrollment", "TeacherEnrollment", "TaEnrollment", "DesignerEnrollment"]);

/** terms.csv; a row with date_override_enrollment_type sets dates of an existing term instead of defining one. */
export function termRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns(["term_id", "name", "status", "start_date", "end_date", "date_override_enrollment_type"]);
  return (fields, row) => {
    const termId = cell(fields, c.term_id);
    if (termId === "") return context.predict(expect("no-term-id", row, {}));
    const term = context.tables.term.index(termId);
    const objects: ObjectRef[] = [["term", term]];
    const status = cell(fields, c.status);
    if (statusVerdict("term", status) !== "ok") {
      return context.predict(expect("improper-status-term", row, { status, termId }, objects));
    }
    const override = cell(fields, c.date_override_enrollment_type);
    if (override !== "" && !DATE_OVERRIDE_TYPES.has(override)) {
      return context.predict(expect("invalid-date-override-type", row, {}, objects));
    }
    if (!isDeletedStatus(status) && cell(fields, c.name) === "" && override === "") {
      return context.predict(expect("no-name-term", row, { termId }, objects));
    }
    const dates = [cell(fields, c.start_date), cell(fields, c.end_date)] as const;
    predictDates(context, row, dates, () => expect("bad-date-term", row, { termId }, objects), objects);
    if (override === "") defineObject(context, "term", term, row, objects);
  };
}

/** abstract_course rows (a courses file with abstract_course_id and no course_id). */
export function abstractCourseRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns(["abstract_course_id", "short_name", "long_name", "status"]);
  return (fields, row) => {
    const abstractCourseId = cell(fields, c.abstract_course_id);
    if (abstractCourseId === "") return context.predict(expect("no-abstract-course-id", row, {}));
    if (cell(fields, c.short_name) === "") {
      return context.predict(expect("no-short-name-abstract", row, { abstractCourseId }));
    }
    if (cell(fields, c.long_name) === "")
      return context.predict(expect("no-long-name-abstract", row, { abstractCourseId }));
    const status = cell(fields, c.status);
    if (statusVerdict("abstract_course", status) !== "ok") {
      context.predict(expect("improper-status-abstract", row, { status, abstractCourseId }));
    }
  };
}

const COURSE_ACCOUNT: ReferenceSpec = {
  target: "account",
  context: ["course"],
  subject: "row",
  missing: (accountId, [courseId = ""], row) =>
    expect("course-account-not-found", row, { accountId, courseId }, [], "possible"),
};
const COURSE_TERM: ReferenceSpec = {
  target: "term",
  context: ["course"],
  subject: "row",
  missing: (termId, [courseId = ""], row) => silently("unknown-term", row, { termId, courseId }, [], "possible"),
};
const COURSE_FORMATS = new Set(["online", "on_campus", "blended", "not_set"]);
const PASSBACK_SETTINGS = new Set(["nightly_sync", "disabled", "not_set"]);

/** courses.csv. */
export function courseRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns([
    "course_id",
    "short_name",
    "long_name",
    "status",
    "account_id",
    "fallback_account_id",
    "term_id",
    "abstract_course_id",
    "course_format",
    "grade_passback_setting",
    "start_date",
    "end_date",
  ]);
  const { tables, references, file } = context;
  return (fields, row) => {
    const courseId = cell(fields, c.course_id);
    if (courseId === "") return context.predict(expect("no-course-id", row, {}));
    const course = tables.course.index(courseId);
    const objects: ObjectRef[] = [["course", course]];
    const shortName = cell(fields, c.short_name);
    const templated = cell(fields, c.abstract_course_id) !== "";
    if (shortName === "" && !templated) return context.predict(expect("no-short-name", row, { courseId }, objects));
    if (cell(fields, c.long_name) === "" && !templated) {
      return context.predict(expect("no-long-name", row, { courseId }, objects));
    }
    const status = cell(fields, c.status);
    if (statusVerdict("course", status) !== "ok") {
      return context.predict(expect("improper-status-course", row, { status, courseId }, objects));
    }
    const courseFormat = cell(fields, c.course_format);
    if (courseFormat !== "" && !COURSE_FORMATS.has(courseFormat)) {
      return context.predict(expect("invalid-course-format", row, { courseFormat, courseId }, objects));
    }
    const setting = cell(fields, c.grade_passback_setting);
    if (setting !== "" && !PASSBACK_SETTINGS.has(setting)) {
      context.predict(expect("invalid-grade-passback-setting", row, { setting, courseId }, objects, "possible"));
    }
    const accountId = cell(fields, c.account_id);
    if (accountId !== "" && cell(fields, c.fallback_account_id) === "") {
      references.note(file, COURSE_ACCOUNT, tables.account.index(accountId), row, [course]);
    }
    const termId = cell(fields, c.term_id);
    if (termId !== "") references.note(file, COURSE_TERM, tables.term.index(termId), row, [course]);
    const dates = [cell(fields, c.start_date), cell(fields, c.end_date)] as const;
    const [start, end] = predictDates(context, row, dates, () => expect("bad-date-course", row, { courseId }), objects);
    if (endsBeforeStart(start, end)) {
      context.predict(expect("end-before-start", row, { courseId, shortName, field: "Conclude at" }, objects));
    }
    defineObject(context, "course", course, row, objects);
  };
}

const SECTION_COURSE: ReferenceSpec = {
  target: "course",
  context: ["section"],
  subject: "row",
  missing: (courseId, [sectionId = ""], row) =>
    expect("section-course-missing", row, { sectionId, courseId }, [], "possible"),
};

/** sections.csv; each section's course is kept for the enrollment checks. */
export function sectionRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns(["section_id", "course_id", "name", "status", "start_date", "end_date"]);
  const { tables, references, file, enrollments } = context;
  return (fields, row) => {
    const sectionId = cell(fields, c.section_id);
    const courseId = cell(fields, c.course_id);
    if (sectionId === "") return context.predict(expect("no-section-id", row, { courseId }));
    const section = tables.section.index(sectionId);
    const objects: ObjectRef[] = [["section", section]];
    if (courseId === "") return context.predict(expect("no-course-id-section", row, { sectionId }, objects));
    const course = tables.course.index(courseId);
    objects.push(["course", course]);
    const status = cell(fields, c.status);
    if (statusVerdict("section", status) !== "ok") {
      return context.predict(expect("improper-status-section", row, { status, sectionId, courseId }, objects));
    }
    const name = cell(fields, c.name);
    if (name === "" && !isDeletedStatus(status)) {
      return context.predict(expect("no-name-section", row, { sectionId, courseId }, objects));
    }
    references.note(file, SECTION_COURSE, course, row, [section]);
    const dates = [cell(fields, c.start_date), cell(fields, c.end_date)] as const;
    const bad = () => expect("bad-date-section", row, { sectionId }, objects);
    const [start, end] = predictDates(context, row, dates, bad, objects);
    if (endsBeforeStart(start, end)) {
      context.predict(expect("end-before-start", row, { sectionId, name, courseId, field: "End at" }, objects));
    }
    enrollments.sectionCourse.set(section, course);
    defineObject(context, "section", section, row, objects);
  };
}

const XLIST_SECTION: ReferenceSpec = {
  target: "section",
  context: [],
  missing: (sectionId, _, row) => expect("xlist-missing-section", row, { sectionId }, [], "possible"),
};
const XLIST_COURSE: ReferenceSpec = {
  target: "course",
  context: [],
  missing: (courseId, _, row) => silently("xlist-creates-course", row, { courseId }, [], "possible"),
};

/** xlists.csv: a section moved into another course. */
export function xlistRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns(["xlist_course_id", "section_id", "status"]);
  const { tables, references, file, enrollments } = context;
  return (fields, row) => {
    const courseId = cell(fields, c.xlist_course_id);
    if (courseId === "") return context.predict(expect("no-xlist-course-id", row, {}));
    const sectionId = cell(fields, c.section_id);
    if (sectionId === "") return context.predict(expect("no-section-id-xlist", row, {}));
    const [course, section] = [tables.course.index(courseId), tables.section.index(sectionId)];
    const objects: ObjectRef[] = [
      ["section", section],
      ["course", course],
    ];
    const status = cell(fields, c.status);
    if (statusVerdict("xlist", status) !== "ok") {
      return context.predict(expect("improper-status-xlist", row, { status }, objects));
    }
    references.note(file, XLIST_SECTION, section, row);
    if (isDeletedStatus(status)) return;
    references.note(file, XLIST_COURSE, course, row);
    enrollments.crossListedTo.set(section, course);
  };
}

/** The object kinds change_sis_id.csv can re-key, by its `type` value. */
const CHANGE_TYPES: Readonly<Record<string, ObjectKind>> = {
  account: "account",
  term: "term",
  course: "course",
  section: "section",
  group: "group",
  group_category: "group_category",
  user: "user",
};

/** change_sis_id.csv: every valid row changes an object's SIS id, which grade passback mappings must follow. */
export function changeSisIdRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns(["type", "old_id", "new_id", "old_integration_id", "new_integration_id"]);
  return (fields, row) => {
    const type = cell(fields, c.type);
    if (type === "") return context.predict(expect("change-sis-id-no-type", row, {}));
    const [oldId, newId] = [cell(fields, c.old_id), cell(fields, c.new_id)];
    const [oldIntegration, newIntegration] = [cell(fields, c.old_integration_id), cell(fields, c.new_integration_id)];
    if (oldId === "" && oldIntegration === "") return context.predict(expect("change-sis-id-no-old", row, {}));
    if (newId === "" && newIntegration === "") return context.predict(expect("change-sis-id-no-new", row, {}));
    const kind = CHANGE_TYPES[type];
    if (kind === undefined) return context.predict(expect("change-sis-id-invalid-type", row, { type }));
    if (kind === "group_category" && (oldIntegration !== "" || newIntegration !== "")) {
      return context.predict(expect("change-sis-id-group-category-integration", row, {}));
    }
    if (oldId === "" || newId === "") return;
    const table = context.tables[kind];
    const objects: ObjectRef[] = [
      [kind, table.index(oldId)],
      [kind, table.index(newId)],
    ];
    context.predict(silently("sis-id-change", row, { type, oldId, newId }, objects));
  };
}
