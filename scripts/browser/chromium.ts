/**
 * Debian's chromium driven by playwright-core, for the HTML report's browser tests, its screenshot and the bench.
 * playwright-core never downloads a browser; .ci/run installs chromium with apt when it is missing.
 */
import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--headless",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** What a page did that a self-contained report must never do. */
export interface PageWatch {
  /** Every request other than the report file itself. */
  requests: string[];
  consoleErrors: string[];
  dialogs: string[];
}

/**
 * A page that records every request (and refuses all but the report file), console error, page error and dialog.
 * Routing `**\/*` sees requests before they leave, so a refused one is still recorded.
 */
export async function watchedPage(
  context: BrowserContext,
  reportUrl: string,
): Promise<{ page: Page; watch: PageWatch }> {
  const watch: PageWatch = { requests: [], consoleErrors: [], dialogs: [] };
  const page = await context.newPage();
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === reportUrl) return route.continue();
    watch.requests.push(url);
    return route.abort();
  });
  page.on("console", (message) => {
    if (message.type() === "error") watch.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => watch.consoleErrors.push(`page error: ${error.message}`));
  page.on("dialog", (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, watch };
}

/** Open the report and wait until its script says it is interactive; returns milliseconds from navigation start. */
export async function openReport(page: Page, reportUrl: string, timeout = 60_000): Promise<number> {
  await page.goto(reportUrl, { waitUntil: "load", timeout });
  await page.waitForSelector("html[data-ready]", { timeout });
  return page.evaluate(() => performance.getEntriesByName("report-interactive")[0]?.startTime ?? Number.NaN);
}
