import { Aggregation } from "./aggregate/aggregation.js";
import { type CatalogEntry, causedBy, effectsOf, PASSBACK_EFFECTS } from "./catalog/entry-schema.js";
import { renderFix } from "./catalog/render-fix.js";
import type { Diagnostic, OnDiagnostic } from "./diagnostics.js";
import { LIMITS } from "./limits.js";
import type { CompiledCatalog } from "./match/compile-catalog.js";
import type { MatchResult } from "./match/match-message.js";
import { createMemoMatcher } from "./match/memo-matcher.js";
import { normalizeSis } from "./match/sis-slug.js";
import { maskMessage } from "./message/mask-message.js";
import { maskOwnStudent } from "./message/mask-own-student.js";
import { resolveRun } from "./provisioning/resolve.js";
import { ProvisioningRun } from "./provisioning/run.js";
import { buildSection } from "./provisioning/section/build-section.js";
import { effectsOfRef } from "./provisioning/section/cause-index.js";
import { type LinkedEntries, linkCauses } from "./provisioning/section/link-causes.js";
import { PassbackKeys } from "./provisioning/section/passback-keys.js";
import type { LogRecord } from "./records/log-record.js";
import { createRedactor } from "./redact/redactor.js";
import { streamReport, usersListedFor } from "./report/build-report.js";
import { KeptDiagnostics } from "./report/kept-diagnostics.js";
import type { Report } from "./report/report-schema.js";
import { materializeReport, type StreamedReport } from "./report/streamed-report.js";
import { boundedMemo } from "./util/bounded-memo.js";
import { TOOL } from "./version.js";

export interface AnalyzedRecord {
  record: LogRecord;
  /** The catalog entry's match for error and warning records, or null. */
  match: MatchResult | null;
  /** Entries that match an unexplained message but may not claim it (no SIS named); usually none. */
  candidates: readonly string[];
  /** Masked template of an error or warning no entry explains, or null. */
  template: string | null;
}

export interface AnalysisOptions {
  catalog: CompiledCatalog;
  /** SIS hint for records that do not name their SIS. */
  sis?: string;
  /** Canvas base URL (https://school.instructure.com) to link courses in the report. */
  canvasUrl?: string;
  /** Replace student names, ids and emails with stable pseudonyms everywhere in the output. */
  redact?: boolean;
  /** Carry the success state that lets mergeReports resolve errors across shards exactly (lists every user). */
  mergeable?: boolean;
  /** List every affected user of each finding, not only the first few (usersTotal counts them either way). */
  allUsers?: boolean;
  /**
   * Note each error's sections as it is read, so passback findings can be linked to the SIS import findings of
   * their sections (default true). A caller that knows no SIS import input will come saves that work.
   */
  linkSections?: boolean;
  tool?: { name: string; version: string };
}

/**
 * The analysis without any reading: records go in one at a time, the report comes out. `analyze` feeds it from
 * exports; callers that already hold records (or shards of them) can feed it directly.
 */
export interface Analysis {
  /** `inputSis`: the SIS the input as a whole names (its file name), for records that name none. */
  add(record: LogRecord, inputSis?: string): AnalyzedRecord;
  addDiagnostic(diagnostic: Diagnostic): void;
  /** Ends the analysis: its state is handed over to the report, so add and report may not be called again. */
  report(inputs?: Report["inputs"]): Report;
  /** Ends the analysis like `report`, but builds each group only as it is read: memory stays at one group's worth. */
  reportStream(inputs?: Report["inputs"]): StreamedReport;
  /**
   * The provisioning half (SIS import results, errors files, imported CSVs), made when first asked for; its
   * diagnostics go to the report and to `onDiagnostic`. Its findings become the report's provisioning section, and
   * passback findings link to those that name their students, sections or courses.
   */
  provisioning(onDiagnostic?: OnDiagnostic): ProvisioningRun;
}

const NO_CANDIDATES: readonly string[] = Object.freeze([]);

export function createAnalysis(options: AnalysisOptions): Analysis {
  // Names are kept only of the users the report will list (all of them for --all-users and a mergeable report).
  const aggregation = new Aggregation(usersListedFor(options));
  const diagnostics = new KeptDiagnostics();
  const redactor = options.redact ? createRedactor() : null;
  let reported = false;
  const ensureOpen = () => {
    if (reported) throw new Error("this analysis has already produced its report; create a new one to analyse more");
  };
  const match = createMemoMatcher(options.catalog, LIMITS.memoEntries);
  const optionSis = normalizeSis(options.sis);
  const mask = boundedMemo(maskMessage, LIMITS.memoEntries);
  // The record's own student becomes `<student>` first: a message that quotes each student's name makes one
  // template, not one per student, and the memo sees one text where it saw one per student.
  const templateOf = (record: LogRecord) => mask(maskOwnStudent(record.message ?? "", record));
  const passbackKeys = new PassbackKeys();
  const linkSections = options.linkSections !== false;
  let provisioning: ProvisioningRun | null = null;
  /** One set of pseudonyms for the CSVs' people, given to the run that reads them and to the section it builds. */
  const sectionRedaction = redactor?.provisioning() ?? null;

  let entriesById: Map<string, CatalogEntry> | null = null;
  const entryOf = (id: string) => {
    entriesById ??= new Map(options.catalog.entries.map((entry) => [entry.id, entry]));
    return entriesById.get(id);
  };
  const linkedEntries: LinkedEntries = {
    fix: (id) => {
      const entry = entryOf(id);
      return entry ? renderFix(entry, {}) : undefined;
    },
    causedBy: (id) => {
      const entry = entryOf(id);
      return entry ? causedBy(entry) : PASSBACK_EFFECTS;
    },
    breaks: (ref) =>
      effectsOfRef(ref, (id) => {
        const entry = entryOf(id);
        return entry && effectsOf(entry);
      }),
  };

  const reportStream = (inputs: Report["inputs"] = []): StreamedReport => {
    ensureOpen();
    reported = true;
    const built = provisioning && buildSection(provisioning, resolveRun(provisioning), sectionRedaction);
    const report = streamReport(aggregation, {
      tool: options.tool ?? TOOL,
      catalog: options.catalog,
      inputs,
      diagnostics: diagnostics.list(),
      diagnosticCount: diagnostics.count,
      ...(options.canvasUrl !== undefined && { canvasUrl: options.canvasUrl }),
      ...(options.mergeable !== undefined && { mergeable: options.mergeable }),
      ...(options.allUsers !== undefined && { allUsers: options.allUsers }),
      ...(built && {
        provisioning: built.section,
        decorateGroup: (group) => linkCauses(group, built.causes, passbackKeys, linkedEntries),
      }),
    });
    return redactor ? redactor.scrubReport(report) : report;
  };

  return {
    add(named, inputSis) {
      ensureOpen();
      // A record that names no SIS is of the run's (`--sis`) or its input's: the report's groups say so too.
      const runSis = named.sis === undefined ? (optionSis ?? inputSis) : undefined;
      const raw = runSis === undefined ? named : { ...named, sis: runSis };
      const problem = raw.status === "error" || raw.status === "warning";
      const outcome = problem && raw.message ? match(raw.message, raw.sis, raw.httpStatus) : null;
      const found = outcome?.entry ? outcome : null;
      const candidates = outcome && outcome.entry === null ? outcome.candidates : NO_CANDIDATES;
      const redacted = redactor ? redactor.redact(raw, found) : { record: raw, match: found };
      const template = problem && !redacted.match ? templateOf(redacted.record) : null;
      // An unexplained message may name people we cannot recognise: redacted output shows only its template.
      const record = redactor && template !== null ? { ...redacted.record, message: template } : redacted.record;
      const counted = aggregation.add(record, redacted.match, template, candidates);
      // Keyed by the template the finding is counted under: detached from the input, and one overflow template past
      // the cap, so a free-text log keeps one entry per finding, not per message (and the overflow finding links).
      if (problem && linkSections) passbackKeys.note(raw, redacted.match?.entry.id ?? counted ?? "");
      return { record, match: redacted.match, candidates, template };
    },
    addDiagnostic(diagnostic) {
      diagnostics.add(diagnostic);
    },
    report(inputs = []) {
      return materializeReport(reportStream(inputs));
    },
    reportStream,
    provisioning(onDiagnostic) {
      ensureOpen();
      provisioning ??= new ProvisioningRun(
        options.catalog,
        (diagnostic) => {
          diagnostics.add(diagnostic);
          onDiagnostic?.(diagnostic);
        },
        sectionRedaction,
      );
      return provisioning;
    },
  };
}
