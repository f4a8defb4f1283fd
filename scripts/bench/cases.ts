import { CLI_BIN } from "./paths.js";

/** One command measured side by side with the others. `input` names what is read, for the table. */
export interface BenchCase {
  key: CaseKey;
  input: string;
  file: string;
  rows: number;
  args: string[];
}

export type CaseKey = "parseOnly" | "csv" | "csvSmall" | "ndjson" | "text" | "csvPadded";

export interface CaseFiles {
  rows: number;
  smallRows: number;
  csv: string;
  csvSmall: string;
  ndjson: string;
  text: string;
  parseOnly: string;
  paddedCatalog: string | null;
}

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
  if (f.paddedCatalog !== null) {
    const args = cli(f.csv, ["--catalog", f.paddedCatalog]);
    cases.push({ key: "csvPadded", input: "gpb-analyze CSV, +1000 entries", file: f.csv, rows: f.rows, args });
  }
  return cases;
}
