import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openReport, watchedPage } from "../../scripts/browser/chromium.js";
import { browser, isOpen, openEverything } from "./support/browser.js";
import { reportFiles } from "./support/report-files.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let dir: string;
let chromium: Browser;
let page: Page;
let axeSource: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gpb-html-axe-"));
  const files = await reportFiles(dir, "example", [
    "tests/fixtures/examples/grade-sync-export.csv",
    "tests/fixtures/cli/grade-sync.csv",
  ]);
  axeSource = await readFile(AXE, "utf8");
  chromium = await browser();
  const context = await chromium.newContext({ viewport: { width: 1280, height: 900 } });
  ({ page } = await watchedPage(context, files.url));
  await openReport(page, files.url);
}, 60_000);
afterAll(async () => {
  await chromium?.close();
  await rm(dir, { recursive: true, force: true });
});

/** axe-core's serious and critical violations on the page as it is now (evaluated through DevTools, past the CSP). */
async function seriousViolations(): Promise<string[]> {
  if (!(await page.evaluate('"axe" in window'))) await page.evaluate(axeSource);
  const violations = (await page.evaluate("axe.run(document).then((results) => results.violations)")) as Violation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

describe("accessibility (axe-core)", () => {
  it("finds no serious or critical violation on the page as it opens", async () => {
    expect(await seriousViolations()).toEqual([]);
  });

  it("nor with every course, assignment, table and list of students opened", async () => {
    await openEverything(page);
    expect(await page.locator("article.finding").count()).toBeGreaterThan(0);
    expect(await seriousViolations()).toEqual([]);
  });

  it("lets a keyboard reach the filters and open a course", async () => {
    await page.goto(page.url().replace(/#.*$/, ""));
    await page.focus("#f-query");
    await page.keyboard.type("Chemistry");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.id")).toBe("f-status");
    const summary = page.locator("details.course summary").first();
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => isOpen(page.locator("details.course").first())).toBe(true);
    await expect(
      page.locator("details.course").first().getByRole("button", { name: "Copy escalation note" }).isVisible(),
    ).resolves.toBe(true);
  });
});
