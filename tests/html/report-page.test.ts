import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { entryOf, type Finding, type Group, type Report } from "@sis/core";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderEscalation } from "../../packages/cli/src/render/escalation.js";
import { renderedText } from "../../packages/cli/src/render/renderer.js";
import { writeExport } from "../../scripts/bench/write-export.js";
import { openReport, type PageWatch, watchedPage } from "../../scripts/browser/chromium.js";
import { browser, expectQuietPage, isOpen, openEverything, screenshot, shownNumber } from "./support/browser.js";
import { type ReportFiles, reportFiles } from "./support/report-files.js";

let dir: string;
let files: ReportFiles;
let chromium: Browser;
let page: Page;
let watch: PageWatch;

const findings = (report: Report): { group: Group; finding: Finding }[] =>
  report.groups.flatMap((group) => group.findings.map((finding) => ({ group, finding })));
const courseCount = (rows: { group: Group }[]) =>
  new Set(rows.map(({ group }) => `${group.course.id}|${group.course.name}`)).size;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gpb-html-page-"));
  // The bench's district: 400 courses on six SISes over a school year, errors the catalog knows and some it does not.
  const csv = join(dir, "district.csv");
  await writeExport({ rows: 6000, format: "csv", out: csv });
  files = await reportFiles(dir, "district", [csv]);
  chromium = await browser();
  const context = await chromium.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  ({ page, watch } = await watchedPage(context, files.url));
  await openReport(page, files.url);
}, 60_000);
afterAll(async () => {
  await chromium?.close();
  await rm(dir, { recursive: true, force: true });
});

async function statusLine(): Promise<string> {
  return (await page.locator("#filter-status").textContent()) ?? "";
}

/** The counts in "Showing N of … courses and M findings …", or "N courses with M findings". */
async function shown(): Promise<{ courses: number; findings: number }> {
  const text = await statusLine();
  const match = /^(?:Showing )?([\d,]+) (?:of [\d,]+ )?courses? (?:and|with) ([\d,]+) findings?/.exec(text);
  if (!match) throw new Error(`unexpected status line: ${text}`);
  return { courses: shownNumber(match[1] ?? ""), findings: shownNumber(match[2] ?? "") };
}

describe("the HTML report in Chromium", () => {
  it("shows the JSON report's figures", async () => {
    const { summary } = files.json;
    const stat = (name: string) => page.locator(`[data-stat="${name}"]`).textContent();
    expect(shownNumber(await stat("records"))).toBe(summary.records);
    expect(shownNumber(await stat("errors"))).toBe(summary.errors);
    expect(shownNumber(await stat("unresolved"))).toBe(summary.unresolvedFindings);
    expect(shownNumber(await stat("coverage"))).toBe(Math.round((summary.coverage ?? 0) * 1000) / 10);
    const all = findings(files.json);
    expect(await shown()).toEqual({ courses: courseCount(all), findings: all.length });
    // Errors per SIS, row by row.
    const bySis = new Map<string, number>();
    for (const { group, finding } of all) bySis.set(group.sis ?? "", (bySis.get(group.sis ?? "") ?? 0) + finding.count);
    const rows = await page.locator('#breakdown table:has(caption:text("Errors per SIS")) tbody tr').all();
    expect(rows).toHaveLength(bySis.size);
    for (const row of rows) {
      const sis = (await row.locator("th").textContent()) ?? "";
      expect(shownNumber(await row.locator("td").first().textContent()), sis).toBe(bySis.get(sis));
    }
  });

  it("narrows the course list by each filter and by search, and back", async () => {
    const all = findings(files.json);
    const expectShown = async (rows: { group: Group }[]) =>
      expect(await shown()).toEqual({ courses: courseCount(rows), findings: rows.length });

    await page.selectOption("#f-status", "resolved");
    await expectShown(all.filter(({ finding }) => finding.resolved));
    await page.selectOption("#f-status", "");
    await page.selectOption("#f-sis", "aspen");
    await expectShown(all.filter(({ group }) => group.sis === "aspen"));
    await page.selectOption("#f-actor", "teacher");
    await expectShown(
      all.filter(
        ({ group, finding }) => group.sis === "aspen" && entryOf(files.json, finding)?.actsFirst === "teacher",
      ),
    );
    await page.click('button[type="reset"]');
    await expect.poll(shown).toEqual({ courses: courseCount(all), findings: all.length });

    const unknown = all.filter(({ finding }) => finding.entry === null);
    await page.selectOption("#f-entry", "(unknown)");
    await expectShown(unknown);
    await page.click('button[type="reset"]');

    const target = all[0]?.group.course;
    await page.fill("#f-query", `${target?.name} ${target?.id}`);
    await expect.poll(shown).toEqual({
      courses: 1,
      findings: all.filter(({ group }) => group.course.id === target?.id).length,
    });
    await expect(page.locator("details.course summary .course-name").textContent()).resolves.toBe(
      `${target?.name} (course ${target?.id})`,
    );
    await page.click('button[type="reset"]');
    await expect.poll(shown).toEqual({ courses: courseCount(all), findings: all.length });
  });

  it("opens a linked course and copies its escalation note as --format escalation writes it", async () => {
    // A course far down the list: the page builds the list down to it.
    const data = 'JSON.parse(document.getElementById("report-data").textContent)';
    const courses = (await page.evaluate(`${data}.courses`)) as { anchor: string; id: string }[];
    // The last course with something to escalate (a note lists unresolved errors only).
    const unresolved = (id: string) =>
      files.json.groups.some((group) => group.course.id === id && group.findings.some((finding) => !finding.resolved));
    const linked = courses.filter((course) => unresolved(course.id)).at(-1) as { anchor: string; id: string };
    await page.goto(`${files.url}#${linked.anchor}`);
    const details = page.locator(`#${linked.anchor}`);
    await expect.poll(() => isOpen(details)).toBe(true);
    await expect(details.isVisible()).resolves.toBe(true);
    // One input: the header names it, so an example says only its line, one of the course's in the JSON report.
    const place = (await details.locator(".examples .where").first().textContent()) ?? "";
    const lines = files.json.groups
      .filter((group) => group.course.id === linked.id)
      .flatMap((group) => group.findings.flatMap((finding) => finding.examples.map((example) => example.line)));
    expect(place).toMatch(/^line [\d,]+/);
    expect(lines).toContain(shownNumber(place.replace(/^line ([\d,]+).*$/, "$1")));
    await details.getByRole("button", { name: "Copy escalation note" }).click();
    await expect.poll(() => details.locator(".copy-state").textContent()).toBe("Escalation note copied.");
    const copied = await page.evaluate("navigator.clipboard.readText()");
    const groups = files.json.groups.filter((group) => group.course.id === linked.id);
    expect(copied).toBe(renderedText(renderEscalation({ ...files.json, groups }, {})));
    expect(copied).toMatch(/^# Grade passback escalation: /);
  });

  it("saves screenshots at a desktop width, a phone width and as printed", async () => {
    await page.goto(files.url);
    await openReport(page, files.url);
    await page.locator("details.course summary").first().click();
    await screenshot(page, "report-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "report-narrow");
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 1000, height: 1300 });
    await screenshot(page, "report-print");
    await page.emulateMedia({ media: "screen" });
  });

  it("fits a phone's width with every course opened: no text runs off the screen or out of its box", async () => {
    // The district's fix steps quote API paths; the bundled example's tile names its input by a long path.
    const week = await reportFiles(dir, "week", ["tests/fixtures/examples/grade-sync-week.csv"]);
    for (const report of [files, week]) {
      const context = await chromium.newContext({ viewport: { width: 390, height: 844 } });
      const { page: phone } = await watchedPage(context, report.url);
      await openReport(phone, report.url);
      await openEverything(phone);
      // Elements that end right of the screen, or whose text runs out of them in a tile or finding, other than in a
      // box that scrolls sideways (tables and charts do, on purpose). In-page code is text: tests are typed for Node.
      const stickingOut = (await phone.evaluate(`(() => {
        const width = document.documentElement.clientWidth;
        const out = [];
        for (const element of document.querySelectorAll("body *")) {
          const box = element.getBoundingClientRect();
          if (box.width === 0 || element.closest(".table-scroll, .chart-scroll, pre")) continue;
          const overflows = element.closest(".tile, .finding") && element.scrollWidth > element.clientWidth + 1;
          if (box.right > width + 1 || overflows) out.push(element.tagName + ": " + element.textContent.slice(0, 80));
        }
        return out;
      })()`)) as string[];
      expect(stickingOut.slice(0, 5), report.path).toEqual([]);
      expect(await phone.evaluate("document.documentElement.scrollWidth"), report.path).toBe(390);
      await context.close();
    }
  });

  it("shades the side a table or chart can scroll towards at a phone's width, and no side of one that fits", async () => {
    const week = await reportFiles(dir, "week-scroll", ["tests/fixtures/examples/grade-sync-week.csv"]);
    const context = await chromium.newContext({ viewport: { width: 390, height: 844 } });
    const { page: phone } = await watchedPage(context, week.url);
    await openReport(phone, week.url);
    const blank = await context.newPage();
    const table = phone.getByRole("region", { name: "Errors per catalog entry" });
    const chart = phone.locator(".chart-scroll").first();
    for (const box of [table, chart]) {
      expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth + 40)).toBe(true);
      expect(await edgeShades(box, blank)).toEqual({ left: false, right: true });
      await box.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      expect(await edgeShades(box, blank)).toEqual({ left: true, right: false });
    }
    await phone.setViewportSize({ width: 1280, height: 844 });
    expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await edgeShades(table, blank)).toEqual({ left: false, right: false });
    await context.close();
  });

  it("lists a finding's first students and says how many more the report only counts", async () => {
    const data = 'JSON.parse(document.getElementById("report-data").textContent)';
    const courses = (await page.evaluate(`${data}.courses`)) as { anchor: string; id: string }[];
    const listedStudents = (finding: Finding) => finding.users.filter((user) => user.id !== null || user.name !== null);
    const capped = findings(files.json).find(({ finding }) => finding.students > listedStudents(finding).length);
    if (!capped) throw new Error("the district export has no finding with more students than it lists");
    const course = courses.find(({ id }) => id === capped.group.course.id) as { anchor: string };
    await page.goto(`${files.url}#${course.anchor}`);
    const details = page.locator(`#${course.anchor}`);
    await expect.poll(() => isOpen(details)).toBe(true);
    const left = capped.finding.students - listedStudents(capped.finding).length;
    const note = `${left} more ${left === 1 ? "student" : "students"}, not listed: --all-users lists every one.`;
    // Open every assignment and list of the course, again as opening builds more of them, until the note shows.
    const openAll = "el => { for (const d of el.querySelectorAll('details:not([open])')) d.open = true; }";
    await expect
      .poll(async () => {
        await details.evaluate(openAll);
        return details.textContent();
      })
      .toContain(note);
  });

  it("made no request, logged no error and opened no dialog", () => {
    expectQuietPage(watch);
  });
});

describe("a finding only an entry of an SIS the log does not name explains, in Chromium", () => {
  it("says in the finding which entry matches and to run again with --sis, not the nearest entry", async () => {
    const own = await mkdtemp(join(tmpdir(), "gpb-html-candidate-"));
    try {
      const csv = join(own, "no-sis.csv");
      await writeFile(
        csv,
        "course_id,assignment_id,student_id,status,message\nC1,A1,U1,failed,Gradebook Section Not Found\n",
      );
      const report = await reportFiles(own, "no-sis", [csv]);
      const context = await chromium.newContext({ viewport: { width: 1280, height: 900 } });
      const { page: shown, watch: quiet } = await watchedPage(context, report.url);
      await openReport(shown, report.url);
      await openEverything(shown);
      // biome-ignore lint/performance/useDomNodeTextContent: the text a person sees
      const finding = await shown.locator("article.finding").innerText();
      expect(finding.replace(/\s+/g, " ")).toContain(
        "Matches aeries-gradebook-section-not-found exactly, which explains it only for aeries; the log names no " +
          "SIS, so run again with --sis aeries.",
      );
      expect(finding).not.toContain("nearest entry");
      // Nobody is asked yet, as the escalation note says: whoever ran the report runs it again with --sis.
      expect(finding.replace(/\s+/g, " ")).toContain("Acts first Whoever ran this report (run it again with --sis)");
      // biome-ignore lint/performance/useDomNodeTextContent: the text a person sees
      const who = await shown.getByRole("region", { name: "Who must act" }).innerText();
      expect(who).toContain("Whoever ran this report (run it again with --sis)");
      expect(who).not.toContain("Canvas support");
      await shown.selectOption("#f-actor", "rerun");
      await expect.poll(() => shown.locator("article.finding:visible").count()).toBe(1);
      await shown.selectOption("#f-actor", "none");
      await expect.poll(() => shown.locator("article.finding:visible").count()).toBe(0);
      await screenshot(shown, "report-candidate-sis");
      expectQuietPage(quiet);
      await context.close();
    } finally {
      await rm(own, { recursive: true, force: true });
    }
  });
});

/**
 * Whether the outermost 2 px of each side of a scrolling box are shaded: most of their pixels darker than the page's
 * white (a cell's text or border line crosses them only here and there). The screenshot is read on a blank page of
 * the same browser, as the report's CSP lets it load no image.
 */
async function edgeShades(box: Locator, blank: Page): Promise<{ left: boolean; right: boolean }> {
  const png = (await box.screenshot()).toString("base64");
  return (await blank.evaluate(`(async () => {
    const image = new Image();
    image.src = "data:image/png;base64,${png}";
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const shaded = (x) => {
      const { data } = context.getImageData(x, 0, 2, image.height);
      let darker = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 3 * 235) darker++;
      return darker > (data.length / 4) * 0.6;
    };
    return { left: shaded(0), right: shaded(image.width - 2) };
  })()`)) as { left: boolean; right: boolean };
}
