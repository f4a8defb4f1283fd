/**
 * The text Canvas writes for each message the offline checks predict (canvas-lms as of May 2022, the same wordings
 * the catalog's provisioning entries match), keyed by entry id without the `canvas-sis-import-` prefix. A prediction
 * shows it as its example, so it reads exactly like the line of the errors file it foretells; a test holds every
 * template to its catalog entry.
 */
export const PREDICTED_TEMPLATES: Readonly<Record<string, string>> = {
  "malformed-csv": "Malformed CSV",
  "invalid-utf8": "Invalid UTF-8",
  "no-headers": "Couldn't find Canvas CSV import headers",
  "unknown-file-type": "Skipping unknown file type",
  "null-character": "Some of the fields contain NULL character",
  "no-user-id": "No user_id given for a user",
  "no-login-id": "No login_id given for user {userId}",
  "no-status-user": "No status given for user {userId}",
  "improper-status-user": "Improper status for user {userId}",
  "login-claimed-sis-id":
    "An existing Canvas user with the SIS ID {existingId} has already claimed {userId}'s user_id requested login information, skipping",
  "integration-id-claimed":
    "An existing Canvas user with the {idKind} {existingId} has already claimed {userId}'s requested integration_id, skipping",
  "email-invalid": "The email address associated with user '{userId}' is invalid (email: '{email}')",
  "user-invalid-login-id": "Could not save the user with user_id: '{userId}'. Invalid login_id: '{loginId}'",
  "no-existing-user-for-login": "No existing user provided for login with SIS ID {userId}",
  "existing-user-not-found": "Could not find the existing user for login with SIS ID {userId}, skipping",
  "no-account-id": "No account_id given for an account",
  "parent-account-missing": "Parent account didn't exist for {accountId}",
  "no-name-account": "No name given for account {accountId}, skipping",
  "improper-status-account": 'Improper status "{status}" for account {accountId}, skipping',
  "account-parent-loop": "Setting account {accountId}'s parent to {parentId} would create a loop",
  "no-term-id": "No term_id given for a term",
  "improper-status-term": 'Improper status "{status}" for term {termId}',
  "no-name-term": "No name given for term {termId}",
  "bad-date-term": "Bad date format for term {termId}",
  "invalid-date-override-type": "Invalid date_override_enrollment_type",
  "no-abstract-course-id": "No abstract_course_id given for an abstract course",
  "no-short-name-abstract": "No short_name given for abstract course {abstractCourseId}",
  "no-long-name-abstract": "No long_name given for abstract course {abstractCourseId}",
  "improper-status-abstract": 'Improper status "{status}" for abstract course {abstractCourseId}',
  "no-course-id": "No course_id given for a course",
  "no-short-name": "No short_name given for course {courseId}",
  "no-long-name": "No long_name given for course {courseId}",
  "improper-status-course": 'Improper status "{status}" for course {courseId}',
  "invalid-course-format": 'Invalid course_format "{courseFormat}" for course {courseId}',
  "invalid-grade-passback-setting": 'Invalid grade_passback_setting "{setting}" for course {courseId}',
  "course-account-not-found": 'Account not found "{accountId}" for course {courseId}',
  "bad-date-course": "Bad date format for course {courseId}",
  "no-section-id": "No section_id given for a section in course {courseId}",
  "no-course-id-section": "No course_id given for a section {sectionId}",
  "no-name-section": "No name given for section {sectionId} in course {courseId}",
  "improper-status-section": 'Improper status "{status}" for section {sectionId} in course {courseId}',
  "section-course-missing": "Section {sectionId} references course {courseId} which doesn't exist",
  "bad-date-section": "Bad date format for section {sectionId}",
  "no-xlist-course-id": "No xlist_course_id given for a cross-listing",
  "no-section-id-xlist": "No section_id given for a cross-listing",
  "improper-status-xlist": 'Improper status "{status}" for a cross-listing',
  "xlist-missing-section": "A cross-listing referenced a non-existent section {sectionId}",
  "no-enrollment-context": "No course_id or section_id given for an enrollment",
  "no-enrollment-user": "No user_id given for an enrollment",
  "improper-status": 'Improper status "{status}" for an enrollment',
  "user-not-found-for-enrollment":
    "User not found for enrollment (User ID: {userId}, Course ID: {courseId}, Section ID: {sectionId})",
  "neither-course-nor-section":
    "Neither course nor section existed for user enrollment (Course ID: {courseId}, Section ID: {sectionId}, User ID: {userId})",
  "nonexistent-section": "An enrollment referenced a non-existent section {sectionId}",
  "nonexistent-course": "An enrollment referenced a non-existent course {courseId}",
  "unrelated-section-course":
    "An enrollment listed a section ({sectionId}) and a course ({courseId}) that are unrelated for user ({userId})",
  "improper-role": 'Improper role "{role}" for an enrollment',
  "nonexistent-associated-user": "An enrollment referenced a non-existent associated user {associatedUserId}",
  "bad-date-enrollment": "Bad date format for user {userId} in {context} {contextId}",
  "no-user-id-admin": "No user_id given for admin",
  "no-status-admin": "No status given for admin",
  "no-role-admin": "No role_id or role given for admin",
  "invalid-status-admin": "Invalid status {status} for admin",
  "invalid-account-admin": "Invalid account_id given for admin",
  "unknown-user-admin": "Invalid or unknown user_id '{userId}' for admin",
  "invalid-role-admin": "Invalid role '{role}' for admin",
  "no-sis-id-group-category": "No sis_id given for a group category",
  "no-name-group-category": "No name given for group category {groupCategoryId}",
  "no-status-group-category": "No status given for group category {groupCategoryId}",
  "improper-status-group-category": 'Improper status "{status}" for group category {groupCategoryId}, skipping',
  "group-category-two-contexts":
    "Only one context is allowed and both course_id and account_id where provided for group category {groupCategoryId}.",
  "group-category-account-missing": 'Account with id "{accountId}" didn\'t exist for group category {groupCategoryId}',
  "group-category-course-missing": 'Course with id "{courseId}" didn\'t exist for group category {groupCategoryId}',
  "no-group-id": "No group_id given for a group.",
  "no-name-group": "No name given for group {groupId}.",
  "improper-status-group": 'Improper status "{status}" for group {groupId}.',
  "group-two-contexts":
    "Only one context is allowed and both course_id and account_id where provided for group {groupId}.",
  "group-account-missing": "Account with sis id {accountId} didn't exist for group {groupId}.",
  "group-course-missing": "Course with sis id {courseId} didn't exist for group {groupId}.",
  "group-category-missing": "Group Category {groupCategoryId} didn't exist for group {groupId}.",
  "no-group-id-membership": "No group_id given for a group user",
  "no-user-id-membership": "No user_id given for a group user",
  "improper-status-membership": 'Improper status "{status}" for a group user',
  "membership-user-missing": "User {userId} didn't exist for group user",
  "membership-group-missing": "Group {groupId} didn't exist for group user",
  "no-observer-id": "No observer_id given for a user observer",
  "no-student-id-observer": "No user_id given for a user observer",
  "observe-self": "Can't observe yourself user {userId}",
  "improper-status-observer": 'Improper status "{status}" for a user_observer',
  "observer-missing": "An observer referenced a non-existent user {observerId}",
  "observee-missing": "A student referenced a non-existent user {studentId}",
  "change-sis-id-no-type": "No type given for change_sis_id",
  "change-sis-id-no-old": "No old_id or old_integration_id given for change_sis_id",
  "change-sis-id-no-new": "No new_id or new_integration_id given for change_sis_id",
  "change-sis-id-invalid-type": "Invalid type '{type}' for change_sis_id",
  "change-sis-id-group-category-integration": "Group categories should not have integration IDs.",
  "gpr-no-enrollment-id": "No enrollment_id given",
  "gpr-no-status": "No grade_publishing_status given for enrollment {enrollmentId}",
  "gpr-improper-status": 'Improper grade_publishing_status "{status}" for enrollment {enrollmentId}',
  "change-threshold": "{count} {type} would be deleted and exceeds the set threshold of {threshold}%",
};

/** Canvas writes this inner text inside the course's or the section's validation message. */
const END_BEFORE_START = {
  course:
    "A course did not pass validation (course: {courseId} / {shortName}, error: {field} End date cannot be before start date)",
  section:
    "A section did not pass validation (section: {sectionId} / {name}, course: {courseId}, error: {field} End date cannot be before start date)",
};

const PREFIX = "canvas-sis-import-";

/** The message Canvas writes for a predicted entry with these captures, or null when the entry is not predicted. */
export function predictedMessage(entryId: string, captures: Readonly<Record<string, string>>): string | null {
  const id = entryId.startsWith(PREFIX) ? entryId.slice(PREFIX.length) : entryId;
  const template =
    id === "end-before-start"
      ? END_BEFORE_START[captures.sectionId === undefined ? "course" : "section"]
      : PREDICTED_TEMPLATES[id];
  if (template === undefined) return null;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => captures[name] ?? "");
}
