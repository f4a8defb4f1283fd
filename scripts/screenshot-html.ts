/**
 * `pnpm screenshot:html`: writes the README's pictures of the HTML report (docs/html-report.png, the overview, and
 * docs/html-report-course.png, a course opened) from the bench generator's district, 6,000 rows, seeded. It uses
 * the library path the README shows: analyze with @sis/core, render with renderHtml.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { renderHtml } from "@sis/cli/html";
import { analyze, compileCatalog } from "@sis/core";
import { loadCatalogFromDirs, openInput } from "@sis/core/node";
import { writeExport } from "./bench/write-export.js";
import { launchChromium, openReport, watchedPage } from "./browser/chromium.js";

const DOCS = resolve(import.meta.dirname, "../docs");

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "gpb-screenshot-"));
  try {
    // Read by its bare name, so the picture shows no path of this machine.
    process.chdir(dir);
    await writeExport({ rows: 6000, format: "csv", out: "district-export.csv" });
    const { catalog } = await loadCatalogFromDirs([]);
    const report = await analyze([openInput("district-export.csv")], { catalog: compileCatalog(catalog) });
    const page = join(dir, "report.html");
    await writeFile(page, renderHtml(report));
    await shoot(pathToFileURL(page).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function shoot(url: string): Promise<void> {
  await mkdir(DOCS, { recursive: true });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 1500 } });
    const { page, watch } = await watchedPage(context, url);
    await openReport(page, url);
    await page.screenshot({ path: join(DOCS, "html-report.png") });
    const course = page.locator("details.course").first();
    await course.locator("summary").first().click();
    await course.locator("details.assignment > summary").first().click();
    // From the section's heading to the end of the opened course (boxes are measured from the top of the page).
    await page.evaluate("window.scrollTo(0, 0)");
    const section = await page.locator("#courses").boundingBox();
    const opened = await course.boundingBox();
    if (!section || !opened) throw new Error("the course list is not on the page");
    const clip = {
      x: 0,
      y: section.y - 16,
      width: 1200,
      height: Math.min(opened.y + opened.height - section.y + 32, 1500),
    };
    await page.screenshot({ path: join(DOCS, "html-report-course.png"), clip, fullPage: true });
    if (watch.requests.length + watch.consoleErrors.length > 0)
      throw new Error(`the page was not quiet: ${JSON.stringify(watch)}`);
  } finally {
    await browser.close();
  }
  process.stdout.write(`wrote ${join(DOCS, "html-report.png")} and html-report-course.png\n`);
}

await main();
