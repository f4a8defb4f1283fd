import { once } from "node:events";
import { createWriteStream, existsSync, statSync, type WriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { BENCH_DIR } from "./paths.js";
import { Prng } from "./prng.js";

/** The shape of a generated SIS import: a district whose enrollments file has `rows` rows. */
export interface SisImportShape {
  rows: number;
  users: number;
  sections: number;
}

/** The district: 1M enrollments of 200k users in 20k sections (two per course); smaller runs scale down. */
export function districtShape(rows: number): SisImportShape {
  return { rows, users: Math.max(10, Math.round(rows / 5)), sections: Math.max(2, Math.round(rows / 50)) };
}

/** The files of a generated import, in the order a person would list them; the first is the largest. */
export interface SisImportFiles {
  folder: string;
  files: string[];
}

/**
 * Writes an SIS import (terms, courses, sections, users, enrollments) unless one of the same shape is there. Each
 * enrollment is a distinct user and section; a few rows in a thousand carry the problems real imports have (a user
 * not in users.csv, a section that does not exist, a misspelt role, a users row without a login), so the checks
 * and findings are exercised, not only the reading.
 */
export async function ensureSisImport(shape: SisImportShape): Promise<SisImportFiles> {
  const folder = join(BENCH_DIR, `sis-import-${shape.rows}-${shape.users}-${shape.sections}`);
  const names = ["enrollments.csv", "users.csv", "sections.csv", "courses.csv", "terms.csv"];
  const files = names.map((name) => join(folder, name));
  if (files.every((file) => existsSync(file) && statSync(file).size > 0)) return { folder, files };
  await mkdir(folder, { recursive: true });
  const started = performance.now();
  await writeFile(join(folder, "terms.csv"), [
    "term_id,name,status,start_date,end_date",
    "2025-FA,Fall 2025,active,2025-08-18T00:00:00Z,2025-12-19T23:59:59Z",
  ]);
  await writeFile(join(folder, "courses.csv"), courseRows(shape));
  await writeFile(join(folder, "sections.csv"), sectionRows(shape));
  await writeFile(join(folder, "users.csv"), userRows(shape));
  await writeFile(join(folder, "enrollments.csv"), enrollmentRows(shape));
  process.stderr.write(`generated ${folder} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return { folder, files };
}

const userId = (n: number) => String(3_000_000 + n);
const sectionId = (n: number) => `SEC-${Math.floor(n / 2)}-${(n % 2) + 1}`;
const courseId = (n: number) => `CRS-${n}`;

function* courseRows({ sections }: SisImportShape): Generator<string> {
  yield "course_id,short_name,long_name,account_id,term_id,status";
  for (let n = 0; n < Math.ceil(sections / 2); n++) yield `${courseId(n)},C${n},Course ${n},DISTRICT,2025-FA,active`;
}

function* sectionRows({ sections }: SisImportShape): Generator<string> {
  yield "section_id,course_id,name,status";
  for (let n = 0; n < sections; n++)
    yield `${sectionId(n)},${courseId(Math.floor(n / 2))},Period ${(n % 7) + 1},active`;
}

function* userRows({ users }: SisImportShape): Generator<string> {
  yield "user_id,login_id,first_name,last_name,full_name,email,status";
  const random = new Prng(7);
  for (let n = 0; n < users; n++) {
    const login = n % 5003 === 4999 ? "" : `u${userId(n)}`;
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    yield `${userId(n)},${login},${first},${last},${first} ${last},u${userId(n)}@district.example.org,active`;
  }
}

/**
 * Enrollment k is user k mod users in a section chosen so that no user gets the same section twice: a user's j-th
 * enrollment is section (user · 7 + j · stride) mod sections, with a stride that keeps a user's five apart.
 */
function* enrollmentRows({ rows, users, sections }: SisImportShape): Generator<string> {
  yield "course_id,section_id,user_id,role,status";
  const stride = Math.max(1, Math.floor(sections / 5) + 1);
  for (let k = 0; k < rows; k++) {
    const user = k % users;
    const round = Math.floor(k / users);
    const section = (user * 7 + round * stride) % sections;
    const missingUser = k % 997 === 500;
    const missingSection = k % 4999 === 2500;
    const id = missingUser ? String(9_000_000 + k) : userId(user);
    const sec = missingSection ? `SEC-X-${k}` : sectionId(section);
    const role = k % 10007 === 5000 ? "Techer" : k % 31 === 0 ? "teacher" : "student";
    yield `${courseId(Math.floor(section / 2))},${sec},${id},${role},active`;
  }
}

const FIRST = ["Ava", "Noah", "Mia", "Liam", "Zoe", "Omar", "Ines", "Kai", "Lena", "Ravi", "Sofia", "Tomas"];
const LAST = ["Lindqvist", "Brennan", "Okafor", "Kim", "Perez", "Moreau", "Sato", "Novak", "Haddad", "Ito"];

async function writeFile(path: string, lines: Iterable<string>): Promise<void> {
  const out: WriteStream = createWriteStream(path);
  let chunk = "";
  for (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length < 1 << 16) continue;
    if (!out.write(chunk)) await once(out, "drain");
    chunk = "";
  }
  out.write(chunk);
  await new Promise((resolve) => out.end(resolve));
}
