/**
 * `pnpm bench [--rows N] [--runs K] [--quick] [--no-build] [--cases a,b]`: measure gpb-analyze against csv-parse alone, each
 * command in a fresh process, median of K interleaved runs, and print the figures and issue 6's targets.
 * Exits non-zero only when something crashes: missed targets are findings, not failures of the tool.
 */
import { writeFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { intOption, parseArgs } from "./args.js";
import { buildCli, smokeTest } from "./build-cli.js";
import { benchCases, type CaseKey } from "./cases.js";
import { benchHtml, htmlTargets, renderHtmlTable } from "./html-report.js";
import { measure, rssSource, type Sample } from "./measure.js";
import { BENCH_DIR, REPO_ROOT } from "./paths.js";
import { prepareInputs } from "./prepare-inputs.js";
import { renderSpeedup } from "./speedup.js";
import { summarize } from "./summarize.js";
import { renderTable, renderTargets } from "./table.js";
import { evaluateTargets, TARGET_ROWS } from "./targets.js";

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ["rows", "runs", "cases"]);
  // `--cases sisImportParseOnly,sisImport,sisImportFewRows` measures only those (and no HTML report).
  const only = args.values.get("cases")?.split(",");
  const quick = args.flags.has("quick");
  const rows = intOption(args, "rows", quick ? 100_000 : 1_000_000);
  // Five, not three: on a shared machine runs of one command spread by a third; a median of five holds steadier.
  const runs = intOption(args, "runs", quick ? 1 : 5);
  if (!args.flags.has("no-build")) buildCli();
  // The bundled example export, so a fresh clone can run the bench without the team's shared folder.
  smokeTest(join(REPO_ROOT, "tests/fixtures/examples/grade-sync-export.csv"));

  const files = await prepareInputs(rows);
  const rss = rssSource(files.probe);
  const cases = benchCases(files).filter((c) => only === undefined || only.includes(c.key));
  const loadBefore = loadavg()[0] ?? 0;
  if (loadBefore > 0.5) {
    process.stderr.write(`warning: load average ${loadBefore.toFixed(2)} before measuring; wall times will be noisy\n`);
  }
  const samples = new Map<CaseKey, Sample[]>(cases.map((c) => [c.key, []]));
  // Interleaved (case A, B, C, then again) so drift in machine load spreads over every case alike.
  for (let run = 1; run <= runs; run++) {
    for (const c of cases) {
      const sample = await measure(c.args, rss, c.output, c.command);
      samples.get(c.key)?.push(sample);
      const figures = `${sample.seconds.toFixed(2)} s, ${sample.cpuSeconds.toFixed(2)} s CPU, ${sample.peakRssMb.toFixed(0)} MB`;
      process.stderr.write(`run ${run}/${runs} ${c.key}: ${figures}\n`);
    }
  }

  // The HTML report of the large export (and, in a full run, of the small one): quick runs measure one.
  const htmlExports = quick
    ? [{ file: files.csv, rows }]
    : [
        { file: files.csvSmall, rows: files.smallRows },
        { file: files.csv, rows },
      ];
  const html = only === undefined ? await benchHtml(htmlExports, runs, rss) : [];

  const results = summarize(cases, samples);
  const targets = [...evaluateTargets(results, rows), ...htmlTargets(html, rows)];
  const speedup = renderSpeedup(results);
  process.stdout.write(
    `\n${renderTable([...results.values()])}\n\n${speedup}\n\n${renderHtmlTable(html)}\n\n${renderTargets(targets)}\n`,
  );
  const missed = targets.filter((t) => t.verdict === "miss").length;
  if (missed > 0) process.stdout.write(`\n${missed} target(s) MISSED (see MISS lines above)\n`);
  if (targets.some((t) => t.verdict === "not judged")) {
    const note = `targets are set for ${TARGET_ROWS.toLocaleString("en-US")} rows; run \`pnpm bench\` to judge them`;
    process.stdout.write(`\n${rows.toLocaleString("en-US")} rows: figures only, ${note}\n`);
  }

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    rows,
    runs,
    cores: availableParallelism(),
    loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
    rss: rss.kind === "time" ? "/usr/bin/time -v" : "process.resourceUsage().maxRSS",
    cases: [...results.values()],
    html,
    speedup,
    targets,
  };
  await writeFile(join(BENCH_DIR, "results.json"), `${JSON.stringify(report, null, 2)}\n`);
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
