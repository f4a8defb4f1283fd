import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

const SUBJECTS = [
  "assignment",
  "grading",
  "section",
  "student",
  "score",
  "category",
  "gradebook",
  "term",
  "roster",
  "lineitem",
];
const FAULTS = ["rejected", "conflict", "mismatch", "overflow", "stale", "orphaned", "throttled", "locked"];

/**
 * One synthetic entry. Its literal starts with words real messages also use ("assignment", "grading", …), so the
 * literal automaton walks deep on real lines too instead of falling out at the first character; the distinct code
 * keeps every literal and every sample unique. The regex is linear (no nested or overlapping repetition).
 */
function syntheticEntry(n: number): { id: string; json: object } {
  const code = `E${String(n).padStart(4, "0")}`;
  const phrase = `${SUBJECTS[n % SUBJECTS.length]} ${FAULTS[Math.floor(n / SUBJECTS.length) % FAULTS.length]} code ${code}`;
  const id = `synthetic-${code.toLowerCase()}`;
  const line = `${phrase} for section 4${String(n).padStart(4, "0")}.2`;
  return {
    id,
    json: {
      id,
      sis: "synthetic",
      // Each phrase carries a code no other system uses, as an SIS-specific wording does.
      identifiesSis: true,
      title: `Synthetic fault ${code}`,
      match: {
        pattern: `\\b${phrase}\\b(?: for section (?<section>[\\w.-]{1,40}))?`,
        flags: "i",
        literal: phrase,
        captures: ["section"],
      },
      level: "any",
      meaning: "A synthetic entry that pads the catalog to measure how matching cost grows with catalog size.",
      fix: { sisAdmin: ["Nothing to fix: this entry exists for the benchmark (section {section})."] },
      actsFirst: "sisAdmin",
      severity: "error",
      escalation: { needed: false, collect: [] },
      provenance: { message: "inferred", dictionary: false, source: "https://example.com/gpb-analyze/bench" },
      samples: {
        match: [{ line, captures: { section: `4${String(n).padStart(4, "0")}.2` } }],
        noMatch: [`${phrase.replace(code, "cleared")} for section 40000.2`],
      },
    },
  };
}

/** Write `count` synthetic entries to `<dir>/entries/synthetic/`, replacing any left from an earlier run. */
export async function writePaddedCatalog(dir: string, count: number): Promise<void> {
  const entriesDir = join(dir, "entries", "synthetic");
  await rm(dir, { recursive: true, force: true });
  await mkdir(entriesDir, { recursive: true });
  for (let n = 0; n < count; n++) {
    const { id, json } = syntheticEntry(n);
    await writeFile(join(entriesDir, `${id}.json`), `${JSON.stringify(json, null, 2)}\n`);
  }
}
