import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openReport, watchedPage } from "../../scripts/browser/chromium.js";
import { browser, expectQuietPage, openEverything, screenshot } from "./support/browser.js";
import { HOSTILE_TEXTS, hostileExport } from "./support/hostile-texts.js";
import { type ReportFiles, reportFiles } from "./support/report-files.js";

let dir: string;
let files: ReportFiles;
let chromium: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gpb-html-hostile-"));
  const csv = join(dir, "hostile.csv");
  await writeFile(csv, hostileExport());
  files = await reportFiles(dir, "hostile", [csv], ["--canvas-url", "https://school.instructure.com"]);
  chromium = await browser();
}, 60_000);
afterAll(async () => {
  await chromium?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("a report of hostile log text in Chromium", () => {
  it("runs no script from the log, loads nothing and shows the text as text, with everything opened and searched", async () => {
    const context = await chromium.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, watch } = await watchedPage(context, files.url);
    await openReport(page, files.url);
    // Open every course (built on opening), then everything inside them, and search for the payloads.
    await openEverything(page);
    await page.fill("#f-query", "<script>");
    await page.keyboard.press("Enter");
    await page.fill("#f-query", "");
    await page.keyboard.press("Enter");
    await openEverything(page);

    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
    expectQuietPage(watch);
    // biome-ignore lint/performance/useDomNodeTextContent: the text a person sees; textContent includes the data blocks
    const text = await page.locator("body").innerText();
    for (const hostile of HOSTILE_TEXTS.filter((t) => t.includes("<script>"))) expect(text).toContain(hostile);
    expect(text).toContain("invoice<U+202E>gpj.exe");
    // The page's own elements only: none came from the log.
    expect(await page.locator("img, iframe, link, object, embed, svg[onload], [onerror]").count()).toBe(0);
    const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(
      hrefs.filter((href) => !href.startsWith("#") && !href.startsWith("https://school.instructure.com/courses/")),
    ).toEqual([]);
    await screenshot(page, "hostile");
  });
});
