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

/**
 * Captures that name the person holding what the row asked for (the login_id or integration_id another user
 * wanted: "An existing Canvas user with the SIS ID A has already claimed B's …"): A's own row went in, so A is an
 * object of the finding but not a person it is about.
 */
export const HOLDER_CAPTURES: ReadonlySet<string> = new Set(["existingId"]);
