import { entryOf, type Finding, type Fix, fixOf, type Group, type Report } from "@sis/core";
import { ESCALATION_ITEM_LABELS } from "../escalation-items.js";
import { candidateHint } from "../labels.js";
import { shownText } from "./log-text.js";
import { FIRST_ACTOR_LABELS, firstActorOf } from "./overview-data.js";
import type { PageAssignment, PageCourse, PageData, PageEntry, PageFinding, PageFix } from "./page-data.js";
import { linkableUrl } from "./safe-html.js";
import { TextTable } from "./texts.js";

/** Affected users embedded per finding by default; the finding says how many there are in all. */
export const DEFAULT_USER_LIMIT = 50;
/** Names, ids and templates longer than this are cut (examples are cut at log-text's limit). */
const NAME_LIMIT = 300;

export interface PayloadCourse {
  groups: readonly Group[];
  anchor: string;
  note: [number, number];
}

/** The page script's data: courses in the order given (worst first), findings unresolved first. */
export function pagePayload(
  report: Pick<Report, "entries">,
  courses: readonly PayloadCourse[],
  userLimit = DEFAULT_USER_LIMIT,
): PageData {
  const builder = new PayloadBuilder(report, userLimit);
  return {
    courses: courses.map((course) => builder.course(course)),
    texts: builder.texts.texts,
    entries: builder.entries,
    fixes: builder.fixes,
    labels: { actors: { ...FIRST_ACTOR_LABELS }, escalationItems: { ...ESCALATION_ITEM_LABELS } },
    userLimit,
  };
}

class PayloadBuilder {
  readonly texts = new TextTable();
  readonly entries: PageEntry[] = [];
  readonly fixes: PageFix[] = [];
  private readonly entryIndex = new Map<string, number>();
  private readonly fixIndex = new Map<string, number>();

  constructor(
    private readonly report: Pick<Report, "entries">,
    private readonly userLimit: number,
  ) {}

  course({ groups, anchor, note }: PayloadCourse): PageCourse {
    const first = groups[0] as Group;
    return {
      id: name(first.course.id),
      name: name(first.course.name),
      url: linkableUrl(first.course.url),
      anchor,
      teacher: name(groups.find((group) => group.teacher)?.teacher ?? null),
      note,
      assignments: [...groups].sort(unresolvedFirst).map((group) => this.assignment(group)),
    };
  }

  private assignment(group: Group): PageAssignment {
    const findings = [...group.findings].sort((a, b) => Number(a.resolved) - Number(b.resolved) || b.count - a.count);
    return {
      id: name(group.assignment.id),
      name: name(group.assignment.name),
      sis: name(group.sis),
      findings: findings.map((finding) => this.finding(finding)),
    };
  }

  private finding(finding: Finding): PageFinding {
    const entry = entryOf(this.report, finding);
    const page: PageFinding = {
      e: this.entry(finding),
      c: finding.count,
      n: finding.students,
      f: minutes(finding.firstSeen),
      l: minutes(finding.lastSeen),
      r: finding.resolved ? 1 : 0,
      x: this.fix(fixOf(this.report, finding)),
      u: finding.users
        .slice(0, this.userLimit)
        .map((user) => [this.text(user.name), this.text(user.id), minutes(user.lastError), user.resolved ? 1 : 0]),
      m: finding.examples.map((example) => [
        example.line,
        this.text(example.source),
        this.texts.of(shownText(example.message)),
        this.text(example.student),
      ]),
    };
    if (finding.template !== undefined) page.t = shownText(finding.template, NAME_LIMIT);
    if (finding.severity !== "error") page.s = finding.severity;
    const first = firstActorOf(this.report, finding);
    if (first !== "none") page.a = first;
    if (finding.httpStatus !== undefined) page.h = finding.httpStatus;
    if (entry?.escalation.needed) page.z = { to: entry.escalation.to, collect: entry.escalation.collect };
    const captures = Object.entries(finding.captureValues ?? {});
    if (captures.length > 0) {
      page.k = captures.map(([name, known]) => [name, known.values.map((v) => shownText(v, NAME_LIMIT)), known.more]);
    }
    if (finding.alternatives) page.o = finding.alternatives;
    const hint = candidateHint(finding);
    if (hint) page.p = hint;
    return page;
  }

  private entry(finding: Finding): number {
    const entry = finding.entry;
    const info = entryOf(this.report, finding);
    if (!entry) return -1;
    let at = this.entryIndex.get(entry.id);
    if (at === undefined) {
      at =
        this.entries.push({
          id: entry.id,
          sis: entry.sis,
          title: entry.title,
          meaning: info?.meaning ?? null,
          wording: info?.wording ?? null,
        }) - 1;
      this.entryIndex.set(entry.id, at);
    }
    return at;
  }

  private fix(given: Fix | null): number {
    if (!given) return -1;
    // Fix steps carry captures from the log (a section name, a column): shown like any other log text.
    const fix = Object.fromEntries(
      Object.entries(given).map(([actor, steps]) => [actor, steps?.map((step) => shownText(step))]),
    );
    const key = JSON.stringify(fix);
    let at = this.fixIndex.get(key);
    if (at === undefined) {
      at = this.fixes.push(fix) - 1;
      this.fixIndex.set(key, at);
    }
    return at;
  }

  private text(value: string | null | undefined): number {
    return value === null || value === undefined ? -1 : this.texts.of(shownText(value, NAME_LIMIT));
  }
}

function unresolvedFirst(a: Group, b: Group): number {
  return Number(a.findings.every((f) => f.resolved)) - Number(b.findings.every((f) => f.resolved));
}

function name(value: string | null): string | null {
  return value === null ? null : shownText(value, NAME_LIMIT);
}

function minutes(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : Math.floor(ms / 60_000);
}
