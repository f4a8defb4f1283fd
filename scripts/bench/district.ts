import type { Prng } from "./prng.js";

/** The SISes a district of this size plausibly spans (after mergers, or a charter network on several). */
export const DISTRICT_SIS = ["aspen", "powerschool", "aeries", "infinite-campus", "skyward", "synergy"] as const;
export type DistrictSis = (typeof DISTRICT_SIS)[number];

export interface Course {
  sis: DistrictSis;
  id: string;
  name: string;
  sectionId: string;
  teacher: string;
  assignments: Assignment[];
  students: Student[];
}

export interface Assignment {
  id: string;
  name: string;
}

export interface Student {
  id: string;
  name: string;
}

export interface DistrictShape {
  courses: number;
  assignmentsPerCourse: number;
  studentsPerCourse: number;
}

export const DEFAULT_SHAPE: DistrictShape = { courses: 400, assignmentsPerCourse: 25, studentsPerCourse: 30 };

const SUBJECTS = [
  "Algebra I",
  "Geometry",
  "Algebra II",
  "Pre-Calculus",
  "AP Calculus AB",
  "Biology",
  "Chemistry",
  "Physics",
  "Earth Science",
  "English 9",
  "English 10",
  "English 11",
  "AP Literature",
  "US History",
  "World History",
  "US Government",
  "Economics",
  "Spanish I",
  "Spanish II",
  "French I",
  "Health",
  "Computer Science",
  "Art I",
  "Music Theory",
  "Physical Education",
];
const FIRST = [
  "Ana",
  "Ben",
  "Chloe",
  "Dev",
  "Elif",
  "Gus",
  "Hana",
  "Jia",
  "Liam",
  "Mateo",
  "Nora",
  "Omar",
  "Priya",
  "Rosa",
  "Sami",
  "Vik",
  "Zoe",
  "Aiyana",
  "Björn",
  "José",
  "Nguyễn",
  "Siobhán",
  "Kwame",
  "Mei",
];
const LAST = [
  "Brown",
  "Cohen",
  "Garcia",
  "Haddad",
  "Ito",
  "Kowalski",
  "Muller",
  "Nguyen",
  "Okafor",
  "Patel",
  "Smith",
  "O'Brien",
  "García-López",
  "van der Berg",
  "Müller",
  "Yamamoto",
];
// Some names carry commas and double quotes on purpose: they force RFC 4180 quoting in the CSV.
const ASSIGNMENT_STEMS = [
  "Homework",
  "Unit Quiz",
  "Exit Ticket",
  "Lab Report",
  "Vocabulary Test",
  "Project Milestone",
  "Essay Draft",
  "Reading Check",
  "Chapter Test",
  'Essay: "The Crucible", Draft',
  "Lab, Part",
  "Semester Research Portfolio Final Submission Part",
  "Warm-up",
  "Benchmark Assessment",
];

/** A fixed universe of courses, assignments and students that the log lines are drawn from. */
export function buildDistrict(prng: Prng, shape: DistrictShape = DEFAULT_SHAPE): Course[] {
  const usedIds = new Set<string>();
  const uniqueId = (length: number): string => {
    let id = prng.digits(length);
    while (usedIds.has(id)) id = prng.digits(length);
    usedIds.add(id);
    return id;
  };
  const person = (): string => `${prng.pick(FIRST)} ${prng.pick(LAST)}`;
  const courses: Course[] = [];
  for (let c = 0; c < shape.courses; c++) {
    const id = uniqueId(5);
    const assignments = Array.from({ length: shape.assignmentsPerCourse }, (_, a) => ({
      id: uniqueId(6),
      name: `${prng.pick(ASSIGNMENT_STEMS)} ${1 + (a % 8)}`,
    }));
    const students = Array.from({ length: shape.studentsPerCourse }, () => ({ id: uniqueId(7), name: person() }));
    courses.push({
      sis: DISTRICT_SIS[c % DISTRICT_SIS.length] as DistrictSis,
      id,
      name: `${prng.pick(SUBJECTS)} - P${prng.int(1, 7)}`,
      sectionId: `${id}.${prng.int(1, 6)}`,
      teacher: person(),
      assignments,
      students,
    });
  }
  return courses;
}
