import { LIMITS } from "../../limits.js";
import type {
  ProvisioningFile,
  ProvisioningFinding,
  ProvisioningImport,
  ProvisioningObject,
  ProvisioningSection,
} from "../../report/provisioning-schema.js";
import type { FindingState } from "../aggregate/finding-state.js";
import type { ImportFileState } from "../aggregate/import-file.js";
import { COUNT_KEYS, CSV_TYPES, FILE_NAMES } from "../csv/csv-types.js";
import type { ImportInfo } from "../imports/import-info.js";
import type { Resolved } from "../resolve.js";
import { sameFile } from "../resolve.js";
import type { ProvisioningRun } from "../run.js";
import { buildFinding } from "./build-finding.js";
import { type CauseIndex, CauseIndexBuilder } from "./cause-index.js";
import type { SectionRedaction } from "./section-redaction.js";

/** The report's provisioning section and the index passback findings are linked through. */
export interface BuiltSection {
  section: ProvisioningSection;
  causes: CauseIndex;
}

/** What the section's summary counts over every finding, listed or not. */
interface Totals {
  findings: number;
  reported: number;
  predicted: number;
  confirmed: number;
  unexplained: number;
}

/** One file of the report: the CSV read and the messages about it (either may be missing). */
interface FilePair {
  read: ImportFileState | undefined;
  named: ImportFileState | undefined;
}

/**
 * The provisioning section: per import (in the order Canvas made them; files without an import last) its state,
 * counts and files, each file's findings (failures first, then by count), and the objects they touch. Lists are
 * capped (each says what it left out); counts never are.
 */
export function buildSection(
  run: ProvisioningRun,
  resolved: Resolved,
  redaction: SectionRedaction | null,
): BuiltSection {
  const causes = new CauseIndexBuilder(run.tables, redaction);
  const totals: Totals = { findings: 0, reported: 0, predicted: 0, confirmed: 0, unexplained: 0 };
  const ids = importIds(run);
  const imports = ids.map((id) => buildImport(run, id, resolved, redaction, causes, totals));
  const objects = causes.objects();
  const files = imports.flatMap((item) => item.files);
  const section: ProvisioningSection = {
    summary: {
      imports: ids.filter((id) => id !== null).length,
      files: files.filter((file) => file.source !== null).length,
      rows: files.reduce((sum, file) => sum + (file.rows ?? 0), 0),
      ...totals,
      failures: imports.reduce((sum, item) => sum + item.failures, 0),
      warnings: imports.reduce((sum, item) => sum + item.warnings, 0),
      lostFiles: files.filter((file) => file.lost !== null && file.lost.reason !== "empty").length,
      refusedFiles: files.filter((file) => file.refused !== null).length,
    },
    imports,
    objects: objects.slice(0, LIMITS.provisioningObjects),
    omittedObjects: Math.max(0, objects.length - LIMITS.provisioningObjects),
  };
  return { section, causes: causes.index() };
}

function importIds(run: ProvisioningRun): (string | null)[] {
  const ids = new Set<string>(run.imports.keys());
  let unassigned = false;
  for (const file of run.files) {
    if (file.importId === null) unassigned = true;
    else ids.add(file.importId);
  }
  // By creation time when every import's JSON gives one; otherwise by id, which Canvas hands out in time order (an
  // import known only from its errors file has no time, and sorting it first would put a later one before).
  const created = (id: string) => run.imports.get(id)?.createdAt ?? null;
  const timed = [...ids].every((id) => created(id) !== null);
  const order = (id: string) => (timed ? (created(id) as string) : "");
  const sorted = [...ids].sort((a, b) => order(a).localeCompare(order(b)) || compareIds(a, b));
  return unassigned ? [...sorted, null] : sorted;
}

function compareIds(a: string, b: string): number {
  return Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function buildImport(
  run: ProvisioningRun,
  id: string | null,
  resolved: Resolved,
  redaction: SectionRedaction | null,
  causes: CauseIndexBuilder,
  totals: Totals,
): ProvisioningImport {
  const info: ImportInfo | undefined = id === null ? undefined : run.imports.get(id);
  const states = run.files.filter((file) => file.importId === id);
  const files = pairsOf(states).map((pair) => buildFile(pair, run, redaction, causes, id, totals));
  let failures = 0;
  let reported = 0;
  for (const state of states) {
    for (const finding of state.findings.values()) {
      failures += finding.failures;
      reported += finding.reported;
    }
  }
  return {
    id,
    state: info?.state ?? null,
    createdAt: info?.createdAt ?? null,
    endedAt: info?.endedAt ?? null,
    progress: info?.progress ?? null,
    errorMessage: info?.errorMessage ?? null,
    options: { ...(info?.options ?? {}) },
    failures,
    warnings: reported - failures,
    canvasCounts: { errors: info?.counts.error_count ?? null, warnings: info?.counts.warning_count ?? null },
    truncated: { errors: info?.listed.moreErrors ?? null, warnings: info?.listed.moreWarnings ?? null },
    kinds: kindsOf(states, info),
    deletions: [...((id !== null && resolved.deletions.get(id)) || [])],
    files,
  };
}

/** Each CSV read with the messages Canvas wrote about the same file name; the rest alone. */
function pairsOf(states: readonly ImportFileState[]): FilePair[] {
  const read = states.filter((state) => state.source !== null);
  const named = states.filter((state) => state.source === null);
  const pairs: FilePair[] = read.map((state) => ({ read: state, named: undefined }));
  for (const state of named) {
    const pair = pairs.find(
      (p) => p.named === undefined && p.read?.name != null && state.name !== null && sameFile(p.read.name, state.name),
    );
    if (pair) pair.named = state;
    else pairs.push({ read: undefined, named: state });
  }
  // Messages about the import as a whole come first, then files in name order.
  return pairs.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}

function keyOf(pair: FilePair): string {
  const state = pair.read ?? pair.named;
  return state?.name === null ? "" : `~${state?.name ?? ""}\u0000${state?.source ?? ""}`;
}

function buildFile(
  pair: FilePair,
  run: ProvisioningRun,
  redaction: SectionRedaction | null,
  causes: CauseIndexBuilder,
  importId: string | null,
  totals: Totals,
): ProvisioningFile {
  const { read, named } = pair;
  const base = (read ?? named) as ImportFileState;
  const keys = new Set([...(read?.findings.keys() ?? []), ...(named?.findings.keys() ?? [])]);
  const findings: ProvisioningFinding[] = [];
  for (const key of keys) {
    let predicted = read?.findings.get(key);
    // Canvas skips a lost file whole: what the checks foresaw for its rows will not happen.
    if (read?.lost && predicted?.rowLevel && predicted.reported === 0) predicted = undefined;
    const reported = named?.findings.get(key);
    if (predicted === undefined && reported === undefined) continue;
    const finding = buildFinding(predicted, reported, run.tables, redaction);
    findings.push(finding);
    totals.findings++;
    totals.reported += finding.reported;
    totals.predicted += finding.predicted;
    totals.confirmed += finding.confirmed;
    if (finding.entry === null && finding.silent === null) totals.unexplained += finding.reported;
    causes.add(
      [predicted, reported].filter((state): state is FindingState => state !== undefined),
      finding,
      {
        import: importId,
        file: base.name,
      },
    );
  }
  findings.sort(compareFindings);
  return {
    name: base.name,
    source: read?.source ?? null,
    type: read?.kind?.type ?? null,
    readAs: read?.kind?.readAs ?? null,
    encoding: read?.encoding ?? null,
    rows: read?.rows ?? null,
    lost: read?.lost ?? null,
    refused: read?.refused ?? named?.refused ?? null,
    findings: findings.slice(0, LIMITS.provisioningFindingsPerFile),
    omittedFindings: Math.max(0, findings.length - LIMITS.provisioningFindingsPerFile),
  };
}

function compareFindings(a: ProvisioningFinding, b: ProvisioningFinding): number {
  return (
    Number(b.failure) - Number(a.failure) ||
    (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
    b.count - a.count ||
    titleOf(a).localeCompare(titleOf(b))
  );
}

export function titleOf(finding: Pick<ProvisioningFinding, "entry" | "silent" | "template">): string {
  return finding.entry?.title ?? finding.silent?.title ?? finding.template ?? "";
}

/** Rows of each kind in the import's files (lost files counted: Canvas did not process them) against data.counts. */
function kindsOf(states: readonly ImportFileState[], info: ImportInfo | undefined): ProvisioningImport["kinds"] {
  const kinds: ProvisioningImport["kinds"] = [];
  for (const type of CSV_TYPES) {
    const files = states.filter((state) => state.kind?.type === type && state.rows !== null);
    const processed = info?.counts[COUNT_KEYS[type]] ?? null;
    if (files.length === 0 && (processed === null || processed === 0)) continue;
    const rows = files.length === 0 ? null : files.reduce((sum, state) => sum + (state.rows ?? 0), 0);
    kinds.push({ type: FILE_NAMES[type].replace(/\.csv$/, ""), rows, processed });
  }
  return kinds;
}

export type { ProvisioningObject };
