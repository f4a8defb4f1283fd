import { buildDistrict, type Course, type DistrictShape } from "./district.js";
import type { MessageSource } from "./message-sources.js";
import { Prng } from "./prng.js";

/** One grade-sync log line, in the canonical field set of the shared samples. */
export interface SyncRecord {
  timestamp: string;
  sis: string;
  courseId: string;
  courseName: string;
  sectionId: string;
  teacher: string;
  assignmentId: string;
  assignmentName: string;
  studentId: string;
  studentName: string;
  level: "submission" | "assignment";
  status: "success" | "error";
  httpStatus: number | null;
  message: string | null;
}

/** A broken (course, assignment): which message it fails with, how often, and when (if ever) someone fixed it. */
interface Fault {
  source: MessageSource;
  fixedAt: number;
}

/**
 * How a district's log is drawn: how many courses, assignments and students, and how errors fall on them. `district`
 * is a district of 400 courses of 30 students, where errors repeat on the same students; `high-cardinality` is the
 * shape an independent export showed: 26k course × assignment groups, errors nearly all on distinct students, and
 * over a third of the errors texts no entry explains.
 */
export const LOG_SHAPES = {
  district: {
    district: { courses: 400, assignmentsPerCourse: 25, studentsPerCourse: 30 },
    brokenShare: 0.35,
    sporadicError: 0.03,
    unknownShare: 0.05,
  },
  "high-cardinality": {
    district: { courses: 3000, assignmentsPerCourse: 13, studentsPerCourse: 600 },
    brokenShare: 0.45,
    sporadicError: 0.015,
    unknownShare: 0.4,
  },
} as const satisfies Record<string, LogShape>;
export type LogShapeName = keyof typeof LOG_SHAPES;

interface LogShape {
  district: DistrictShape;
  brokenShare: number;
  sporadicError: number;
  unknownShare: number;
}

const YEAR_START = Date.parse("2025-08-18T12:00:00Z");
const YEAR_END = Date.parse("2026-06-12T23:00:00Z");
// With the district shape about a quarter of the rows are errors and about 5% of the errors are unknown texts.
const ERROR_WHILE_BROKEN = 0.8;
const ASSIGNMENT_LEVEL = 0.08;
const OWN_SIS_SHARE = 0.8;

/**
 * Rows of a district's school year in time order. A generator, so a million rows never sit in memory together.
 */
export function* syncRecords(
  rows: number,
  seed: number,
  sources: readonly MessageSource[],
  shapeName: LogShapeName = "district",
): Generator<SyncRecord> {
  const shape: LogShape = LOG_SHAPES[shapeName];
  const prng = new Prng(seed);
  const courses = buildDistrict(prng, shape.district);
  const unknown = sources.filter((source) => !source.known);
  const generic = sources.filter((source) => source.known && source.sis === "canvas");
  const own = new Map(courses.map((course) => [course.sis, ownSources(course, sources)]));
  const pickSource = (course: Course): MessageSource => {
    if (unknown.length > 0 && prng.chance(shape.unknownShare)) return prng.pick(unknown);
    const mine = own.get(course.sis) ?? [];
    // Mostly the SIS's own texts, as in real districts; Canvas-side validations are the minority.
    if (mine.length > 0 && (generic.length === 0 || prng.chance(OWN_SIS_SHARE))) return prng.pick(mine);
    return prng.pick(generic.length > 0 ? generic : unknown);
  };

  const faults = new Map<string, Fault>();
  for (const course of courses) {
    for (const assignment of course.assignments) {
      if (!prng.chance(shape.brokenShare)) continue;
      const fixedAt = prng.chance(0.4) ? YEAR_START + prng.next() * (YEAR_END - YEAR_START) : Number.POSITIVE_INFINITY;
      faults.set(assignment.id, { source: pickSource(course), fixedAt });
    }
  }

  const step = (YEAR_END - YEAR_START) / rows;
  for (let i = 0; i < rows; i++) {
    // Jitter below one step keeps timestamps increasing, as in an export sorted by time.
    const at = YEAR_START + i * step + prng.next() * step * 0.9;
    const course = prng.pick(courses);
    const assignment = prng.pick(course.assignments);
    const student = prng.pick(course.students);
    const fault = faults.get(assignment.id);
    let source: MessageSource | undefined;
    if (fault !== undefined && at < fault.fixedAt && prng.chance(ERROR_WHILE_BROKEN)) source = fault.source;
    else if (prng.chance(shape.sporadicError)) source = pickSource(course);
    const level = prng.chance(ASSIGNMENT_LEVEL) ? "assignment" : "submission";
    yield {
      timestamp: `${new Date(at).toISOString().slice(0, 19)}Z`,
      sis: course.sis,
      courseId: course.id,
      courseName: course.name,
      sectionId: course.sectionId,
      teacher: course.teacher,
      assignmentId: assignment.id,
      assignmentName: assignment.name,
      studentId: level === "assignment" ? "" : student.id,
      studentName: level === "assignment" ? "" : student.name,
      level,
      status: source === undefined ? "success" : "error",
      httpStatus: source === undefined ? null : (source.httpStatus ?? prng.pick([null, 400, 409, 500])),
      message: source === undefined ? null : source.render({ prng, course, assignment, student }),
    };
  }
}

function ownSources(course: Course, sources: readonly MessageSource[]): MessageSource[] {
  return sources.filter((source) => source.known && source.sis === course.sis);
}
