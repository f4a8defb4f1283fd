/**
 * Folds a column name or JSON key path to the form the alias table is keyed by: lower case, letters and digits only.
 * `Course ID`, `course_id`, `courseId`, `course-id` and `course.id` all become `courseid`.
 */
export function normalizeKey(name: string): string {
  let folded = "";
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    if (code >= 65 && code <= 90) folded += String.fromCharCode(code + 32);
    else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) folded += name[index];
  }
  return folded;
}
