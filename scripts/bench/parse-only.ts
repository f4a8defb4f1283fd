/**
 * Baseline: csv-parse alone turning the CSV into array rows, nothing else. The end-to-end target is a ratio to this.
 * run.ts transpiles this file to plain JS so it runs under `node` with no loader, like the built CLI.
 */
import { createReadStream } from "node:fs";
import { finished } from "node:stream/promises";
import { parse } from "csv-parse";

const file = process.argv[2];
if (file === undefined) throw new Error("usage: parse-only <file.csv>");
let rows = 0;
const parser = createReadStream(file).pipe(parse({ relax_column_count: true }));
// A `data` listener, not `for await`: async iteration adds about 15% per row here, which would flatter the CLI.
parser.on("data", () => {
  rows++;
});
await finished(parser);
process.stdout.write(`${rows}\n`);
