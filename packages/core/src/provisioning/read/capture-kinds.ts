import type { ObjectKind } from "../model.js";

/** The kind of object a catalog capture names, so Canvas's own messages point at objects like predictions do. */
export const CAPTURE_KINDS: Readonly<Record<string, ObjectKind>> = {
  userId: "user",
  existingId: "user",
  associatedUserId: "user",
  observerId: "user",
  studentId: "user",
  loginId: "login",
  courseId: "course",
  xlistCourseId: "course",
  sectionId: "section",
  accountId: "account",
  parentId: "account",
  termId: "term",
  groupId: "group",
  groupCategoryId: "group_category",
};
