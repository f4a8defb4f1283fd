/**
 * Baseline: csv-parse alone turning the CSV (or each of several) into array rows, nothing else. The end-to-end target is a ratio to this.
 * run.ts transpiles this file to plain JS so it runs under `node` with no loader, like the built CLI.
 */
import { createReadStream } from "node:fs";
import { finished } from "node:stream/promises";
import { parse } from "csv-parse";

const files = process.argv.slice(2);
if (files.length === 0) throw new Error("usage: parse-only <file.csv>…");
let rows = 0;
// Several files (an SIS import's CSVs) are parsed one after the other, as the CLI reads them.
for (const file of files) {
  const parser = createReadStream(file).pipe(parse({ relax_column_count: true }));
  // A `data` listener, not `for await`: async iteration adds about 15% per row here, which would flatter the CLI.
  parser.on("data", () => {
    rows++;
  });
  await finished(parser);
}
process.stdout.write(`${rows}\n`);
