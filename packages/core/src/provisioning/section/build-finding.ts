import { mergeCaptureValues } from "../../aggregate/capture-values.js";
import { renderFix } from "../../catalog/render-fix.js";
import { LIMITS } from "../../limits.js";
import { fixCaptures } from "../../report/build-report.js";
import type { ProvisioningExample, ProvisioningFinding } from "../../report/provisioning-schema.js";
import { compareText } from "../../util/compare-text.js";
import { compareExamples, type FindingState } from "../aggregate/finding-state.js";
import type { ObjectTables } from "../ids/object-tables.js";
import type { ObjectKind } from "../model.js";
import { SILENT_BEHAVIOURS } from "../silent-behaviours.js";
import { PERSONAL_CAPTURES, type PersonalKind, redactText, type SectionRedaction } from "./section-redaction.js";

const PERSON_KINDS: ReadonlySet<ObjectKind> = new Set(["user", "login"]);

/**
 * One finding of the report from the states of one file: its predictions (from the CSV read) and Canvas's messages
 * (from the errors file), joined when both exist. The fix is the catalog's (or the silent behaviour's) with the
 * captured values filled in.
 */
export function buildFinding(
  predicted: FindingState | undefined,
  reported: FindingState | undefined,
  tables: ObjectTables,
  redaction: SectionRedaction | null,
): ProvisioningFinding {
  const base = (predicted ?? reported) as FindingState;
  const states = [predicted, reported].filter((state): state is FindingState => state !== undefined);
  const confirmed = predicted && reported ? confirmedBetween(predicted, reported) : 0;
  const predictedCount = predicted?.predicted ?? 0;
  const reportedCount = reported?.reported ?? 0;
  let captureValues = { ...base.captureValues };
  if (predicted && reported) {
    for (const [name, values] of Object.entries(reported.captureValues)) {
      const known = captureValues[name];
      captureValues[name] = known ? mergeCaptureValues(known, values) : values;
    }
  }
  const examples = states
    .flatMap((state) => state.examples)
    .sort(compareExamples)
    .slice(0, LIMITS.examples);
  const first = examples[0];
  let captures = (first && (first.origin === "reported" ? reported : predicted)?.captures) ?? base.captures ?? {};
  if (redaction) {
    const replace = (name: string, value: string) => {
      const kind = personalKindOf(name, value, tables);
      return kind === null ? value : redaction.pseudonym(kind, value);
    };
    captures = Object.fromEntries(Object.entries(captures).map(([name, value]) => [name, replace(name, value)]));
    captureValues = Object.fromEntries(
      Object.entries(captureValues).map(([name, values]) => [
        name,
        { ...values, values: values.values.map((value) => replace(name, value)) },
      ]),
    );
  }
  const { entry, silent } = base;
  const behaviour = silent === null ? null : SILENT_BEHAVIOURS[silent];
  const fillIn = fixCaptures(captureValues);
  const hints = [...new Set(states.flatMap((state) => [...state.hints]))];
  return {
    entry: entry && {
      id: entry.id,
      sis: entry.sis,
      title: entry.title,
      meaning: entry.meaning,
      wording: entry.provenance.message,
    },
    silent: behaviour && silent && { code: silent, title: behaviour.title, meaning: fill(behaviour.meaning, fillIn) },
    template: base.template,
    severity: base.severity,
    failure: states.some((state) => state.failures > 0) || (entry?.severity === "error" && predictedCount > 0),
    origin: predicted && reported ? "both" : predicted ? "predicted" : "reported",
    certainty: predicted ? (predicted.certain || confirmed > 0 ? "certain" : "possible") : null,
    count: reportedCount + Math.max(0, predictedCount - confirmed),
    reported: reportedCount,
    predicted: predictedCount,
    confirmed,
    rows: rowsOf(examples),
    objects: objectsOf(states, tables, redaction),
    captures,
    captureValues,
    actsFirst: entry?.actsFirst ?? behaviour?.actsFirst ?? null,
    fix: entry ? renderFix(entry, fillIn) : behaviour ? fillFix(behaviour.fix, fillIn) : null,
    escalation: entry
      ? { needed: entry.escalation.needed, to: entry.escalation.to ?? null, collect: entry.escalation.collect }
      : null,
    examples: examples.map((example): ProvisioningExample => {
      const message =
        redaction === null
          ? example.message
          : base.template !== null
            ? base.template
            : redactText(example.message, example.personal, redaction);
      return { row: example.row, source: example.source, line: example.line, message, origin: example.origin };
    }),
    ...(hints.length > 0 && { hints }),
  };
}

/**
 * Reported messages a prediction foretold: the same row, or the same object. A message that names neither (Canvas's
 * "Malformed CSV", a list of an import's messages without rows) is about the file this finding is of, and confirms
 * one of the predictions no keyed message confirmed: one broken file counts once, not once reported and once
 * predicted.
 */
function confirmedBetween(predicted: FindingState, reported: FindingState): number {
  let confirmed = 0;
  let keyless = 0;
  for (const [row, object] of reported.reportedKeys) {
    if ((row > 0 && predicted.predictedRows.has(row)) || (object !== "" && predicted.predictedObjects.has(object))) {
      confirmed++;
    } else if (row <= 0 && object === "") keyless++;
  }
  return confirmed + Math.min(keyless, Math.max(0, predicted.predicted - confirmed));
}

function rowsOf(examples: readonly { row: number | null }[]): number[] {
  return [...new Set(examples.flatMap((example) => (example.row === null ? [] : [example.row])))];
}

/** Each kind's objects: how many, and the first few by rows (then id). */
function objectsOf(
  states: readonly FindingState[],
  tables: ObjectTables,
  redaction: SectionRedaction | null,
): ProvisioningFinding["objects"] {
  const kinds = new Map<ObjectKind, Map<number, number>>();
  for (const state of states) {
    for (const [kind, counts] of state.objects) {
      const into = kinds.get(kind) ?? new Map<number, number>();
      kinds.set(kind, into);
      for (const [at, count] of counts) into.set(at, (into.get(at) ?? 0) + count);
    }
  }
  return [...kinds].map(([kind, counts]) => {
    const top = [...counts]
      .sort((a, b) => b[1] - a[1] || compareText(tables[kind].text(a[0]), tables[kind].text(b[0])))
      .slice(0, LIMITS.provisioningIdsPerFinding)
      .map(([at]) => tables[kind].text(at));
    const ids =
      redaction && PERSON_KINDS.has(kind) ? top.map((id) => redaction.pseudonym(kind as "user" | "login", id)) : top;
    return { kind, count: counts.size, ids };
  });
}

/**
 * Whether a capture identifies a person: by its name (userId, loginId, email, …), or, for captures of other names
 * (a silent behaviour's `id`), because its value is a user or login id the run knows. Redacting a section id that
 * happens to equal a user id costs nothing; missing a user id would leak it.
 */
function personalKindOf(name: string, value: string, tables: ObjectTables): PersonalKind | null {
  if (value === "") return null;
  const byName = PERSONAL_CAPTURES[name];
  if (byName !== undefined) return byName;
  if (tables.user.find(value) >= 0) return "user";
  if (tables.login.find(value.toLowerCase()) >= 0) return "login";
  return null;
}

function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function fillFix(fix: Readonly<Record<string, readonly string[]>>, values: Readonly<Record<string, string>>) {
  return Object.fromEntries(
    Object.entries(fix).map(([actor, steps]) => [actor, steps.map((step) => fill(step, values))]),
  );
}
