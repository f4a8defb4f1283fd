import type { PageData, PageEntry, PageFinding } from "../page-data.js";
import { placeName } from "../place-name.js";
import { textOf } from "./data.js";
import { type Children, el } from "./dom.js";
import { label, num, plural, when } from "./format.js";

const ACTOR_ORDER = ["teacher", "canvasAdmin", "sisAdmin", "vendor"];

/** One finding in full: what it is, what it means, who fixes it and how, whom it hit, and the log lines. */
export function findingView(data: PageData, finding: PageFinding): HTMLElement {
  const entry = finding.e >= 0 ? data.entries[finding.e] : undefined;
  return el(
    "article",
    { class: finding.r === 1 ? "finding is-resolved" : "finding" },
    el("h3", null, entry ? entry.title : "Unknown error (no catalog entry)"),
    el(
      "p",
      null,
      finding.r === 1
        ? el("span", { class: "badge good" }, "Resolved")
        : el("span", { class: "badge bad" }, "Unresolved"),
      " ",
      finding.s === "warning" ? el("span", { class: "badge plain" }, "warning") : null,
      " ",
      entry?.wording ? el("span", { class: "badge info" }, `message ${entry.wording}`) : null,
    ),
    facts(data, finding, entry),
    entry?.meaning ? el("p", null, el("strong", null, "What it means: "), entry.meaning) : null,
    wording(finding, entry),
    fixes(data, finding),
    escalation(data, finding),
    users(data, finding),
    examples(data, finding),
  );
}

function facts(data: PageData, finding: PageFinding, entry: PageEntry | undefined): HTMLElement {
  const rows: [string, Children][] = [
    ["Count", `${plural(finding.c, "record")}, ${plural(finding.n, "student")}`],
    ["Seen", finding.f === finding.l ? when(finding.f) : `${when(finding.f)} to ${when(finding.l)}`],
    entry
      ? ["Entry", [el("code", null, entry.id), ` (${entry.sis})`]]
      : ["Template", el("code", null, finding.t ?? "")],
  ];
  if (finding.h !== undefined) rows.push(["HTTP status", String(finding.h)]);
  if (finding.a) rows.push(["Acts first", data.labels.actors[finding.a] ?? finding.a]);
  if (finding.o) rows.push(["Also matches", finding.o.join(", ")]);
  for (const [name, values, more] of finding.k ?? [])
    rows.push([`Value of ${name}`, `${values.join(", ")}${more ? ", and more" : ""}`]);
  return el(
    "dl",
    null,
    rows.map(([term, value]) => [el("dt", null, term), el("dd", null, value)]),
  );
}

/** Say how sure the catalog is of the message's exact words, or, with no entry, what would explain them. */
function wording(finding: PageFinding, entry: PageEntry | undefined): HTMLElement | null {
  // Entries match it exactly, and only the SIS the log does not name keeps them from explaining it.
  if (!entry && finding.p) return el("p", null, finding.p);
  if (!entry) {
    return el(
      "p",
      { class: "muted" },
      "No catalog entry explains this text. ",
      el("a", { href: "#unknown" }, "Unknown errors"),
      " lists it with the nearest entry.",
    );
  }
  if (entry.wording === "verified")
    return el("p", { class: "muted" }, "Verified: this entry's message text was seen in a published source.");
  if (entry.wording === "inferred")
    return el(
      "p",
      { class: "muted" },
      "Inferred: this entry's message text was written from a title or an API's documentation; real messages may be worded differently.",
    );
  return null;
}

function fixes(data: PageData, finding: PageFinding): HTMLElement | null {
  const fix = finding.x >= 0 ? data.fixes[finding.x] : undefined;
  if (!fix) return null;
  const actors = ACTOR_ORDER.filter((actor) => fix[actor]?.length);
  return el(
    "div",
    { class: "fix" },
    el("h4", null, "Fix"),
    actors.map((actor) => [
      el("p", { class: "fix-actor" }, data.labels.actors[actor] ?? actor),
      el(
        "ol",
        { class: "fix-steps" },
        (fix[actor] ?? []).map((step) => el("li", null, step)),
      ),
    ]),
  );
}

function escalation(data: PageData, finding: PageFinding): HTMLElement | null {
  if (!finding.z) return null;
  const to = finding.z.to ? (data.labels.actors[finding.z.to] ?? finding.z.to) : "support";
  const collect = finding.z.collect.map((item) => data.labels.escalationItems[item] ?? item);
  return el(
    "p",
    null,
    el("strong", null, `Escalate to ${to}.`),
    collect.length > 0 ? ` Include: ${collect.join("; ")}.` : "",
  );
}

function users(data: PageData, finding: PageFinding): HTMLElement | null {
  const named = finding.u.filter(([name, id]) => name >= 0 || id >= 0);
  if (named.length === 0) return null;
  // Students, as the summary counts them: the report's total also counts the assignment-level entry (no student).
  const left = finding.n - named.length;
  return el(
    "details",
    null,
    el("summary", null, `Affected students (${num(finding.n)})`),
    el(
      "div",
      { class: "table-scroll" },
      el(
        "table",
        null,
        el(
          "thead",
          null,
          el(
            "tr",
            null,
            ["Student", "Last error", "Resolved"].map((head) => el("th", { scope: "col" }, head)),
          ),
        ),
        el(
          "tbody",
          null,
          named.map(([name, id, lastError, resolved]) =>
            el(
              "tr",
              null,
              el("td", null, label(textOf(data, name), textOf(data, id), "id", "")),
              el("td", null, when(lastError)),
              el("td", null, resolved ? "yes" : "no"),
            ),
          ),
        ),
      ),
    ),
    // The report lists the first few; the rest are counted only (gpb-analyze --all-users lists every one).
    left > 0
      ? el("p", { class: "muted" }, `${plural(left, "more student")}, not listed: --all-users lists every one.`)
      : null,
  );
}

function examples(data: PageData, finding: PageFinding): HTMLElement | null {
  if (finding.m.length === 0) return null;
  return el(
    "div",
    null,
    el("h4", null, "From the log"),
    el(
      "ul",
      { class: "examples" },
      finding.m.map(([line, source, message, student]) => {
        const who = textOf(data, student);
        return el(
          "li",
          null,
          el("span", { class: "where" }, `${placeName(textOf(data, source), num(line))}${who ? ` · ${who}` : ""}`),
          el("pre", null, textOf(data, message) ?? ""),
        );
      }),
    ),
  );
}
