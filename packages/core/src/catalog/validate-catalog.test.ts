import { describe, expect, it } from "vitest";
import { sourceOf, validEntry } from "./test-support.js";
import { validateCatalog } from "./validate-catalog.js";

const FILE = "entries/aspen/aspen-widget-missing.json";

function problemsOf(entries: Record<string, unknown>[]) {
  return validateCatalog([sourceOf("test", entries)]).problems.map(({ file, path, code }) => ({ file, path, code }));
}

describe("validateCatalog", () => {
  it("accepts a valid entry", () => {
    expect(validateCatalog([sourceOf("test", [validEntry()])]).problems).toEqual([]);
  });

  it("only parses a source marked checked, and checks it whole once another source joins it", () => {
    const unmatched = validEntry({
      samples: { match: [{ line: "no such text", captures: {} }], noMatch: ["widget blue is present"] },
    });
    const published = { ...sourceOf("built-in", [unmatched]), checked: true };
    expect(validateCatalog([published]).problems).toEqual([]);
    expect(validateCatalog([published, { ...published, checked: true, name: "also checked" }]).problems).toEqual([]);
    const withUser = validateCatalog([published, sourceOf("user", [validEntry({ id: "aspen-other" })])]);
    expect(withUser.problems.map(({ source, code }) => ({ source, code }))).toContainEqual({
      source: "built-in",
      code: "sample-not-matched",
    });
    const broken = { name: "built-in", checked: true, files: [{ path: FILE, text: "{ not json" }] };
    expect(validateCatalog([broken]).problems.map(({ code }) => code)).toEqual(["json-parse"]);
  });

  it("reports JSON that does not parse", () => {
    const source = { name: "test", files: [{ path: FILE, text: "{ not json" }] };
    expect(validateCatalog([source]).problems).toMatchObject([{ file: FILE, path: "", code: "json-parse" }]);
  });

  it("maps every schema issue to its own problem with its JSON path", () => {
    const entry = validEntry({
      severity: "fatal",
      samples: { match: [{ line: "widget a is missing", captures: { name: 3 } }], noMatch: [] },
    });
    expect(problemsOf([entry])).toEqual([
      { file: FILE, path: "severity", code: "schema" },
      { file: FILE, path: "samples.match[0].captures.name", code: "schema" },
      { file: FILE, path: "samples.noMatch", code: "schema" },
    ]);
  });

  it("takes what can cause a passback error, and what a provisioning problem breaks, each on its own side only", () => {
    expect(problemsOf([validEntry({ provisioningCause: ["roster"] })])).toEqual([]);
    expect(problemsOf([validEntry({ provisioningCause: ["grades"] })])).toEqual([
      { file: FILE, path: "provisioningCause", code: "schema" },
    ]);
    expect(problemsOf([validEntry({ affects: ["dates"] })])).toEqual([{ file: FILE, path: "affects", code: "schema" }]);
    const provisioning = validEntry({ domain: "provisioning", affects: [], provisioningCause: false });
    expect(problemsOf([provisioning])).toEqual([{ file: FILE, path: "provisioningCause", code: "schema" }]);
  });

  it("still checks the id, the folder and a ReDoS-prone pattern of an entry that fails the schema", () => {
    const entry = validEntry({
      sis: "focus",
      severity: "fatal",
      match: { pattern: "^(a+)+$", literal: "a" },
    });
    const problems = validateCatalog([
      { name: "test", files: [{ path: "entries/aspen/other-name.json", text: JSON.stringify(entry) }] },
    ]).problems;
    expect(problems.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: "match.literal", code: "schema" },
      { path: "severity", code: "schema" },
      { path: "id", code: "id-file-mismatch" },
      { path: "sis", code: "sis-folder-mismatch" },
      { path: "match.pattern", code: "redos-nested-quantifier" },
    ]);
    expect(problems.at(-1)?.message).toContain("aspen-widget-missing: nested quantifier");
  });

  it("reports an id used twice in one source and an id that differs from the file name", () => {
    const source = sourceOf("test", [validEntry(), validEntry()]);
    const renamed = {
      ...source,
      files: [...source.files, { path: "entries/aspen/other.json", text: source.files[0]?.text ?? "" }],
    };
    expect(validateCatalog([renamed]).problems.map(({ file, path, code }) => ({ file, path, code }))).toEqual(
      expect.arrayContaining([
        { file: FILE, path: "id", code: "duplicate-id" },
        { file: "entries/aspen/other.json", path: "id", code: "id-file-mismatch" },
      ]),
    );
  });

  it("reports an entry whose folder is another SIS", () => {
    const source = sourceOf("test", [validEntry()]);
    const moved = {
      ...source,
      files: source.files.map((file) => ({ ...file, path: "entries/focus/aspen-widget-missing.json" })),
    };
    expect(validateCatalog([moved]).problems).toMatchObject([
      { file: "entries/focus/aspen-widget-missing.json", path: "sis", code: "sis-folder-mismatch" },
    ]);
  });

  it("reports a pattern that does not compile", () => {
    const entry = validEntry({ match: { pattern: "widget (?<name>", literal: "widget", captures: ["name"] } });
    expect(problemsOf([entry])).toEqual([{ file: FILE, path: "match.pattern", code: "regex-invalid" }]);
  });

  it("reports declared captures that differ from the named groups", () => {
    const entry = validEntry({
      match: { pattern: "widget (?<name>\\w{1,20}) is missing", literal: "is missing", captures: ["colour"] },
      fix: { teacher: ["Add the widget."] },
    });
    expect(problemsOf([entry])).toContainEqual({ file: FILE, path: "match.captures", code: "captures-mismatch" });
  });

  it("reports a match sample that does not match, wrong captures, a missing literal and a matching noMatch", () => {
    const entry = validEntry({
      samples: {
        match: [
          { line: "widget blue is gone", captures: {} },
          { line: "widget red is missing", captures: { name: "blue" } },
          { line: "widget red is missing", captures: {} },
        ],
        noMatch: ["widget green is missing"],
      },
    });
    expect(problemsOf([entry])).toEqual([
      { file: FILE, path: "samples.match[0].line", code: "literal-missing" },
      { file: FILE, path: "samples.match[0].line", code: "sample-not-matched" },
      { file: FILE, path: "samples.match[1].captures.name", code: "sample-captures" },
      { file: FILE, path: "samples.match[2].captures.name", code: "sample-captures" },
      { file: FILE, path: "samples.noMatch[0]", code: "no-match-sample-matched" },
    ]);
  });

  it("reports a fix placeholder that names no capture", () => {
    const entry = validEntry({ fix: { teacher: ["Add {name}."], sisAdmin: ["Check {section}."] } });
    expect(problemsOf([entry])).toEqual([{ file: FILE, path: "fix.sisAdmin[0]", code: "placeholder-unknown" }]);
  });

  it("reports a capture placeholder in the title or meaning, which no finding fills", () => {
    const entry = validEntry({
      title: "Widget {name} missing",
      meaning: "The {braces} stay; the widget {name} is missing.",
    });
    expect(problemsOf([entry])).toEqual([
      { file: FILE, path: "title", code: "placeholder-in-meaning" },
      { file: FILE, path: "meaning", code: "placeholder-in-meaning" },
    ]);
  });

  it("reports a sample also matched by another entry of the same SIS or by a canvas entry, not of another SIS", () => {
    const owner = validEntry();
    const sameSis = validEntry({
      id: "aspen-any-widget",
      match: { pattern: "widget", literal: "widget" },
      fix: { teacher: ["x"] },
      samples: { match: [{ line: "widget" }], noMatch: ["gadget"] },
    });
    const canvas = validEntry({
      id: "canvas-error",
      sis: "canvas",
      match: { pattern: "^Error:", literal: "Error:" },
      fix: { teacher: ["x"] },
      samples: { match: [{ line: "Error: x" }], noMatch: ["x"] },
    });
    const otherSis = validEntry({
      id: "focus-missing",
      sis: "focus",
      match: { pattern: "is missing", literal: "is missing" },
      fix: { teacher: ["x"] },
      samples: { match: [{ line: "it is missing" }], noMatch: ["x"] },
    });
    const problems = validateCatalog([sourceOf("test", [owner, sameSis, canvas, otherSis])]).problems;
    const ambiguous = problems.filter((problem) => problem.code === "sample-ambiguous");
    expect(ambiguous.map(({ file, path }) => ({ file, path }))).toEqual([
      { file: FILE, path: "samples.match[0].line" },
      { file: FILE, path: "samples.match[0].line" },
    ]);
    expect(ambiguous.map((problem) => problem.message).join("\n")).toMatch(/aspen-any-widget[\s\S]*canvas-error/);
  });

  it("collects every problem of every file instead of stopping at the first", () => {
    const broken = validEntry({
      id: "aspen-broken",
      match: { pattern: "^(a+)+$", literal: "aaaa" },
      fix: { teacher: ["{x}"] },
      samples: { match: [{ line: "aaaa" }], noMatch: ["aaaa"] },
    });
    const source = sourceOf("test", [broken, validEntry({ severity: "fatal" })]);
    source.files.push({ path: "entries/aspen/bad.json", text: "[" });
    const codes = validateCatalog([source]).problems.map((problem) => problem.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "placeholder-unknown",
        "redos-nested-quantifier",
        "no-match-sample-matched",
        "schema",
        "json-parse",
      ]),
    );
    expect(codes.length).toBeGreaterThanOrEqual(5);
  });

  it("refuses an entry that says its wording identifies its SIS but matches what other systems send", () => {
    const claimsHttp = (identifiesSis: boolean) =>
      validEntry({
        identifiesSis,
        match: { pattern: "Internal Server Error", literal: "server error" },
        fix: { teacher: ["Ask the SIS admin."] },
        samples: { match: [{ line: "Internal Server Error" }], noMatch: ["Server OK"] },
      });
    const corpus = [{ path: "corpus/http.txt", text: "# plain HTTP\n\n500 Internal Server Error\n" }];
    const problems = (identifiesSis: boolean) =>
      validateCatalog([{ ...sourceOf("test", [claimsHttp(identifiesSis)]), corpus }]).problems;
    expect(problems(true).map(({ file, path, code }) => ({ file, path, code }))).toEqual([
      { file: FILE, path: "identifiesSis", code: "corpus-claimed" },
    ]);
    expect(problems(true)[0]?.message).toContain("corpus/http.txt:3");
    expect(problems(false)).toEqual([]);
  });

  it("refuses a generic entry that claims to identify a SIS, and lets it yield to SIS entries", () => {
    const generic = (identifiesSis: boolean) =>
      validEntry({
        id: "generic-widget-missing",
        sis: "generic",
        identifiesSis,
        samples: { match: [{ line: "Error: widget blue is missing", captures: { name: "blue" } }], noMatch: ["x"] },
      });
    const path = "entries/generic/generic-widget-missing.json";
    expect(problemsOf([generic(true)]).filter((problem) => problem.file === path)).toEqual([
      { file: path, path: "identifiesSis", code: "schema" },
    ]);
    // The Aspen entry wins where the log names Aspen, and claims nothing without it: no ambiguity either way.
    const aspen = validEntry({ identifiesSis: false });
    expect(problemsOf([generic(false), aspen])).toEqual([]);
    // An entry claimed without SIS context would take the generic entry's sample away.
    expect(problemsOf([generic(false), validEntry()]).map((problem) => problem.code)).toEqual(["sample-ambiguous"]);
  });

  it("refuses a wording that claims to identify its SIS when another SIS's entry matches it too", () => {
    const focus = (identifiesSis: boolean) => validEntry({ id: "focus-widget-missing", sis: "focus", identifiesSis });
    const aspen = (identifiesSis: boolean) => validEntry({ identifiesSis });
    expect(problemsOf([aspen(true), focus(false)])).toEqual([
      { file: FILE, path: "identifiesSis", code: "shared-wording" },
    ]);
    expect(problemsOf([aspen(false), focus(false)])).toEqual([]);
  });
});
