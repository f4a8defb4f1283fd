import type { Assignment, Course, Student } from "./district.js";
import type { Prng } from "./prng.js";

/** What a message's variable parts are drawn from: the row it appears on, plus the PRNG for the rest. */
export interface MessageContext {
  prng: Prng;
  course: Course;
  assignment: Assignment;
  student: Student;
}

const CATEGORIES = ["Homework", "Quizzes", "Tests", "Labs", "Projects", "Participation", "Unit Tests", "Classwork"];

/** A date inside the 2025–26 school year, in the ISO shape SIS messages print. */
export function schoolDate(prng: Prng): string {
  const month = prng.pick([8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6]);
  const year = month >= 8 ? 2025 : 2026;
  return `${year}-${String(month).padStart(2, "0")}-${String(prng.int(1, 28)).padStart(2, "0")}`;
}

export function category(prng: Prng): string {
  return prng.pick(CATEGORIES);
}

export function categoryList(prng: Prng): string {
  const start = prng.int(0, CATEGORIES.length - 3);
  return CATEGORIES.slice(start, start + 3).join(", ");
}

/**
 * A value for a named variable part (a catalog capture or a dictionary placeholder), taken from the row where the
 * name says what it is, so that students, sections and assignments in messages agree with the columns.
 */
export function valueFor(name: string, current: string, ctx: MessageContext): string {
  const key = name.toLowerCase().replaceAll("_", "");
  const { prng, course, assignment, student } = ctx;
  if (key.includes("category") || key === "available")
    return key.startsWith("avail") ? categoryList(prng) : category(prng);
  if (key.includes("assignmentsection")) return prng.digits(6);
  if (key.includes("assignment")) return assignment.name;
  if (key.includes("student") || key.includes("userid"))
    return /^\d+$/.test(current) ? prng.digits(current.length || 6) : student.id;
  if (key.includes("section") || key === "class") return course.sectionId;
  if (key.includes("courseid")) return course.id;
  if (key.includes("coursename")) return course.name;
  if (key.includes("date")) return schoolDate(prng);
  if (key.includes("username")) return student.name;
  if (key.includes("url")) return `/aspen/rest/oneroster/v1p1/classes/${course.id}/lineItems/${assignment.id}`;
  if (/^\d+$/.test(current)) return prng.digits(current.length);
  return current;
}
