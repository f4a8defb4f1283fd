import { type CheckContext, cell, expect, type Header, type RowCheck, silently } from "../checks/check-context.js";
import { defineObject } from "../checks/duplicates.js";
import type { ReferenceSpec } from "../checks/references.js";
import { statusVerdict } from "../checks/status.js";
import type { ObjectRef } from "../model.js";

const CATEGORY_ACCOUNT: ReferenceSpec = {
  target: "account",
  context: ["group_category"],
  missing: (accountId, [groupCategoryId = ""], row) =>
    expect("group-category-account-missing", row, { accountId, groupCategoryId }, [], "possible"),
};
const CATEGORY_COURSE: ReferenceSpec = {
  target: "course",
  context: ["group_category"],
  missing: (courseId, [groupCategoryId = ""], row) =>
    expect("group-category-course-missing", row, { courseId, groupCategoryId }, [], "possible"),
};

/** group_categories.csv: a category lives in an account or a course, not both. */
export function groupCategoryRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns(["group_category_id", "category_name", "status", "account_id", "course_id"]);
  const { tables, references, file } = context;
  return (fields, row) => {
    const groupCategoryId = cell(fields, c.group_category_id);
    if (groupCategoryId === "") return context.predict(expect("no-sis-id-group-category", row, {}));
    const category = tables.group_category.index(groupCategoryId);
    const objects: ObjectRef[] = [["group_category", category]];
    if (cell(fields, c.category_name) === "") {
      return context.predict(expect("no-name-group-category", row, { groupCategoryId }, objects));
    }
    const status = cell(fields, c.status);
    const verdict = statusVerdict("group_category", status);
    if (verdict === "missing")
      return context.predict(expect("no-status-group-category", row, { groupCategoryId }, objects));
    if (verdict === "improper") {
      return context.predict(expect("improper-status-group-category", row, { status, groupCategoryId }, objects));
    }
    const [accountId, courseId] = [cell(fields, c.account_id), cell(fields, c.course_id)];
    if (accountId !== "" && courseId !== "") {
      return context.predict(expect("group-category-two-contexts", row, { groupCategoryId }, objects));
    }
    if (accountId !== "") references.note(file, CATEGORY_ACCOUNT, tables.account.index(accountId), row, [category]);
    if (courseId !== "") references.note(file, CATEGORY_COURSE, tables.course.index(courseId), row, [category]);
    defineObject(context, "group_category", category, row, objects);
  };
}

const GROUP_ACCOUNT: ReferenceSpec = {
  target: "account",
  context: ["group"],
  missing: (accountId, [groupId = ""], row) =>
    expect("group-account-missing", row, { accountId, groupId }, [], "possible"),
};
const GROUP_COURSE: ReferenceSpec = {
  target: "course",
  context: ["group"],
  missing: (courseId, [groupId = ""], row) =>
    expect("group-course-missing", row, { courseId, groupId }, [], "possible"),
};
const GROUP_CATEGORY: ReferenceSpec = {
  target: "group_category",
  context: ["group"],
  missing: (groupCategoryId, [groupId = ""], row) =>
    expect("group-category-missing", row, { groupCategoryId, groupId }, [], "possible"),
};

/** groups.csv: only the lowercase status `deleted` deletes a group. */
export function groupRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns(["group_id", "name", "status", "account_id", "course_id", "group_category_id"]);
  const { tables, references, file } = context;
  return (fields, row) => {
    const groupId = cell(fields, c.group_id);
    if (groupId === "") return context.predict(expect("no-group-id", row, {}));
    const group = tables.group.index(groupId);
    const objects: ObjectRef[] = [["group", group]];
    if (cell(fields, c.name) === "") return context.predict(expect("no-name-group", row, { groupId }, objects));
    const status = cell(fields, c.status);
    const verdict = statusVerdict("group", status);
    if (verdict === "improper" || verdict === "missing") {
      return context.predict(expect("improper-status-group", row, { status, groupId }, objects));
    }
    if (verdict === "kept") context.predict(silently("group-status-not-lowercase", row, { value: status }, objects));
    const [accountId, courseId] = [cell(fields, c.account_id), cell(fields, c.course_id)];
    if (accountId !== "" && courseId !== "") {
      return context.predict(expect("group-two-contexts", row, { groupId }, objects));
    }
    if (accountId !== "") references.note(file, GROUP_ACCOUNT, tables.account.index(accountId), row, [group]);
    if (courseId !== "") references.note(file, GROUP_COURSE, tables.course.index(courseId), row, [group]);
    const categoryId = cell(fields, c.group_category_id);
    if (categoryId !== "") {
      references.note(file, GROUP_CATEGORY, tables.group_category.index(categoryId), row, [group]);
    }
    defineObject(context, "group", group, row, objects);
  };
}

const MEMBER_USER: ReferenceSpec = {
  target: "user",
  context: [],
  missing: (userId, _, row) => expect("membership-user-missing", row, { userId }, [], "possible"),
};
const MEMBER_GROUP: ReferenceSpec = {
  target: "group",
  context: [],
  missing: (groupId, _, row) => expect("membership-group-missing", row, { groupId }, [], "possible"),
};

/** group_memberships.csv. */
export function membershipRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns(["group_id", "user_id", "status"]);
  const { tables, references, file } = context;
  return (fields, row) => {
    const groupId = cell(fields, c.group_id);
    if (groupId === "") return context.predict(expect("no-group-id-membership", row, {}));
    const userId = cell(fields, c.user_id);
    const group = tables.group.index(groupId);
    if (userId === "") return context.predict(expect("no-user-id-membership", row, {}, [["group", group]]));
    const user = tables.user.index(userId);
    const objects: ObjectRef[] = [
      ["group", group],
      ["user", user],
    ];
    const status = cell(fields, c.status);
    if (statusVerdict("group_membership", status) !== "ok") {
      return context.predict(expect("improper-status-membership", row, { status }, objects));
    }
    references.note(file, MEMBER_USER, user, row);
    references.note(file, MEMBER_GROUP, group, row);
  };
}

const PUBLISHING_STATUSES = new Set(["published", "error"]);

/** grade_publishing_results.csv: the SIS's answer to Canvas's own (legacy) grade export, per enrollment. */
export function gradePublishingRows(header: Header, context: CheckContext): RowCheck {
  const c = header.columns(["enrollment_id", "grade_publishing_status"]);
  return (fields, row) => {
    const enrollmentId = cell(fields, c.enrollment_id);
    if (enrollmentId === "") return context.predict(expect("gpr-no-enrollment-id", row, {}));
    const status = cell(fields, c.grade_publishing_status);
    if (status === "") return context.predict(expect("gpr-no-status", row, { enrollmentId }));
    if (!PUBLISHING_STATUSES.has(status)) context.predict(expect("gpr-improper-status", row, { status, enrollmentId }));
  };
}
