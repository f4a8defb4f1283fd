import { CLI_BIN } from "./paths.js";

/** One command measured side by side with the others. `input` names what is read, for the table. */
export interface BenchCase {
  key: CaseKey;
  input: string;
  file: string;
  /** All the files read, when there are several (their sizes add up); `file` is the first. */
  files?: string[];
  rows: number;
  /** Arguments to `node`, or to `command` when the case runs another program (Miller). */
  args: string[];
  command?: string;
  /** Where stdout goes, when its size is a figure (the report's bytes); /dev/null otherwise. */
  output?: string;
}

export type CaseKey =
  | "parseOnly"
  | "csv"
  | "csvSmall"
  | "ndjson"
  | "text"
  | "csvPadded"
  | "eightFilesOneThread"
  | "eightFilesThreads"
  | "parseOnlyWide"
  | "csvWide"
  | "csvWideSmall"
  | "mlr"
  | "mlrWide"
  | "sisImportParseOnly"
  | "sisImport"
  | "sisImportFewRows";

export interface CaseFiles {
  rows: number;
  smallRows: number;
  csv: string;
  csvSmall: string;
  ndjson: string;
  text: string;
  parseOnly: string;
  paddedCatalog: string | null;
  /** The same rows as `csv`, cut into eight exports (a district's per-school files). */
  eightFiles: string[];
  /** The high-cardinality shape (errors nearly all on distinct students), at `rows` and `smallRows`. */
  csvWide: string;
  csvWideSmall: string;
  /** Where the report of the high-cardinality export is written, to measure its size. */
  wideReport: string;
  /** Miller, when installed: a reference row (count-distinct over course, assignment and message). */
  mlr: string | null;
  /** An SIS import of `rows` enrollments (its folder and CSVs), and one of the same users and sections, fewer rows. */
  sisImport: { folder: string; files: string[]; users: number; sections: number };
  sisImportFewRows: { folder: string; files: string[]; rows: number };
}

/** What a person would count with Miller to see which errors each assignment has: course, assignment, message. */
const MLR_FIELDS = "course_id,assignment_id,message";

const cli = (file: string, extra: string[] = []): string[] => [CLI_BIN, "--format", "json", "--quiet", ...extra, file];

/** The measured commands; the padded-catalog case is left out when the padded catalog did not validate. */
export function benchCases(f: CaseFiles): BenchCase[] {
  const cases: BenchCase[] = [
    { key: "parseOnly", input: "csv-parse only (CSV)", file: f.csv, rows: f.rows, args: [f.parseOnly, f.csv] },
    { key: "csv", input: "gpb-analyze CSV", file: f.csv, rows: f.rows, args: cli(f.csv) },
    { key: "csvSmall", input: "gpb-analyze CSV", file: f.csvSmall, rows: f.smallRows, args: cli(f.csvSmall) },
    { key: "ndjson", input: "gpb-analyze NDJSON", file: f.ndjson, rows: f.rows, args: cli(f.ndjson) },
    { key: "text", input: "gpb-analyze text log", file: f.text, rows: f.rows, args: cli(f.text) },
  ];
  // Eight files on one thread, then on one thread per core: the speed-up of analysing independent files at once.
  const eight = { file: f.eightFiles[0] as string, files: f.eightFiles, rows: f.rows };
  cases.push(
    {
      key: "eightFilesOneThread",
      input: "gpb-analyze 8 CSV files, 1 thread",
      ...eight,
      args: cli(f.eightFiles[0] as string, ["--jobs", "1", ...f.eightFiles.slice(1)]),
    },
    {
      key: "eightFilesThreads",
      input: "gpb-analyze 8 CSV files, threads",
      ...eight,
      args: cli(f.eightFiles[0] as string, f.eightFiles.slice(1)),
    },
  );
  const wide = { input: "gpb-analyze CSV, high-cardinality" };
  cases.push(
    {
      key: "parseOnlyWide",
      input: "csv-parse only (CSV, high-cardinality)",
      file: f.csvWide,
      rows: f.rows,
      args: [f.parseOnly, f.csvWide],
    },
    { key: "csvWide", ...wide, file: f.csvWide, rows: f.rows, args: cli(f.csvWide), output: f.wideReport },
    { key: "csvWideSmall", ...wide, file: f.csvWideSmall, rows: f.smallRows, args: cli(f.csvWideSmall) },
  );
  if (f.mlr !== null) {
    const countDistinct = (file: string) => ["--icsv", "--ojson", "count-distinct", "-f", MLR_FIELDS, file];
    cases.push(
      {
        key: "mlr",
        input: "Miller count-distinct (CSV)",
        file: f.csv,
        rows: f.rows,
        command: f.mlr,
        args: countDistinct(f.csv),
      },
      {
        key: "mlrWide",
        input: "Miller count-distinct (high-card.)",
        file: f.csvWide,
        rows: f.rows,
        command: f.mlr,
        args: countDistinct(f.csvWide),
      },
    );
  }
  // An SIS import: the same files csv-parse parses, then checked by gpb-analyze; and as many ids with a quarter
  // of the enrollments, to see memory follow the ids rather than the rows.
  const sis = f.sisImport;
  const shape = `${f.rows.toLocaleString("en-US")} enrollments, ${sis.users.toLocaleString("en-US")} users, ${sis.sections.toLocaleString("en-US")} sections`;
  const few = f.sisImportFewRows;
  cases.push(
    {
      key: "sisImportParseOnly",
      input: "csv-parse only (SIS import CSVs)",
      file: sis.files[0] as string,
      files: sis.files,
      rows: f.rows,
      args: [f.parseOnly, ...sis.files],
    },
    {
      key: "sisImport",
      input: `gpb-analyze SIS import (${shape})`,
      file: sis.files[0] as string,
      files: sis.files,
      rows: f.rows,
      args: cli(sis.folder),
    },
    {
      key: "sisImportFewRows",
      input: "gpb-analyze SIS import, same ids, ¼ of the rows",
      file: few.files[0] as string,
      files: few.files,
      rows: few.rows,
      args: cli(few.folder),
    },
  );
  if (f.paddedCatalog !== null) {
    const args = cli(f.csv, ["--catalog", f.paddedCatalog]);
    cases.push({ key: "csvPadded", input: "gpb-analyze CSV, +1000 entries", file: f.csv, rows: f.rows, args });
  }
  return cases;
}
