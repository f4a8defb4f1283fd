import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { CHROMIUM, hasChromium, launchChromium, type PageWatch } from "../../../scripts/browser/chromium.js";

/** Git-ignored: screenshots the tests take for people to look at. */
export const SCREENSHOTS = "tests/.screenshots";

/** Chromium, or a failure that says how to get it (the browser tests never skip themselves). */
export async function browser(): Promise<Browser> {
  if (!hasChromium()) {
    throw new Error(
      `no browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium), as .ci/run does`,
    );
  }
  return launchChromium();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Nothing left the page, nothing was logged as an error, no dialog opened. */
export function expectQuietPage(watch: PageWatch): void {
  expect(watch.requests, "requests made by the page").toEqual([]);
  expect(watch.consoleErrors, "console errors").toEqual([]);
  expect(watch.dialogs, "dialogs").toEqual([]);
}

/** Number text as the page shows it (12,345 or 95.4%) as a number. */
export function shownNumber(text: string | null): number {
  return Number((text ?? "").replace(/[,%\s]/g, ""));
}

/**
 * Open every <details> of the page, three rounds deep: a course builds its content when it opens, and what it builds
 * has <details> of its own. (In-page code is written as text: the tests are typed for Node, not for the DOM.)
 */
export async function openEverything(page: Page): Promise<void> {
  await page.evaluate(`(async () => {
    for (let pass = 0; pass < 3; pass++) {
      for (const details of document.querySelectorAll("details")) details.open = true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })()`);
}

export function isOpen(details: Locator): Promise<boolean> {
  return details.evaluate((element) => (element as unknown as { open: boolean }).open);
}
