import { LIMITS } from "../limits.js";
import { mergeBy } from "./merge-by.js";
import { compareText } from "./order.js";
import type {
  ProvisioningFile,
  ProvisioningFinding,
  ProvisioningImport,
  ProvisioningObject,
  ProvisioningSection,
} from "./provisioning-schema.js";

/**
 * The provisioning sections of two reports as one: imports by id, their files by name and source, findings by
 * entry (counts added, examples and rows re-cut), objects by kind and id. Each shard's cross-file checks and links
 * were made within its own run, so a merge is exact when every import's files were in one shard.
 */
export function mergeProvisioning(
  a: ProvisioningSection | undefined,
  b: ProvisioningSection | undefined,
): ProvisioningSection | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  const imports = mergeBy(a.imports, b.imports, (item) => item.id ?? "", mergeImport).sort(
    (x, y) => (x.id === null ? 1 : 0) - (y.id === null ? 1 : 0) || compareText(x.createdAt, y.createdAt),
  );
  const objects = mergeBy([...a.objects], [...b.objects], (o) => `${o.kind}\u0000${o.id}`, mergeObject).sort(
    (x, y) => y.count - x.count || compareText(x.kind, y.kind) || compareText(x.id, y.id),
  );
  const sum = (key: keyof ProvisioningSection["summary"]) => a.summary[key] + b.summary[key];
  return {
    summary: {
      imports: imports.filter((item) => item.id !== null).length,
      files: sum("files"),
      rows: sum("rows"),
      findings: sum("findings"),
      reported: sum("reported"),
      predicted: sum("predicted"),
      confirmed: sum("confirmed"),
      failures: sum("failures"),
      warnings: sum("warnings"),
      unexplained: sum("unexplained"),
      lostFiles: sum("lostFiles"),
      refusedFiles: sum("refusedFiles"),
    },
    imports,
    objects: objects.slice(0, LIMITS.provisioningObjects),
    omittedObjects: a.omittedObjects + b.omittedObjects + Math.max(0, objects.length - LIMITS.provisioningObjects),
  };
}

function mergeImport(a: ProvisioningImport, b: ProvisioningImport): ProvisioningImport {
  return {
    ...a,
    state: a.state ?? b.state,
    createdAt: a.createdAt ?? b.createdAt,
    endedAt: a.endedAt ?? b.endedAt,
    progress: a.progress ?? b.progress,
    errorMessage: a.errorMessage ?? b.errorMessage,
    options: { ...b.options, ...a.options },
    failures: a.failures + b.failures,
    warnings: a.warnings + b.warnings,
    canvasCounts: {
      errors: a.canvasCounts.errors ?? b.canvasCounts.errors,
      warnings: a.canvasCounts.warnings ?? b.canvasCounts.warnings,
    },
    truncated: {
      errors: a.truncated.errors ?? b.truncated.errors,
      warnings: a.truncated.warnings ?? b.truncated.warnings,
    },
    kinds: mergeBy(
      a.kinds,
      b.kinds,
      (kind) => kind.type,
      (x, y) => ({
        type: x.type,
        rows: x.rows === null || y.rows === null ? (x.rows ?? y.rows) : x.rows + y.rows,
        processed: x.processed ?? y.processed,
      }),
    ),
    deletions: a.deletions.length > 0 ? a.deletions : b.deletions,
    files: mergeBy(a.files, b.files, (file) => `${file.name ?? ""}\u0000${file.source ?? ""}`, mergeFile),
  };
}

function mergeFile(a: ProvisioningFile, b: ProvisioningFile): ProvisioningFile {
  const findings = mergeBy(a.findings, b.findings, keyOf, mergeFinding);
  return {
    ...a,
    type: a.type ?? b.type,
    readAs: a.readAs ?? b.readAs,
    encoding: a.encoding ?? b.encoding,
    rows: a.rows === null || b.rows === null ? (a.rows ?? b.rows) : a.rows + b.rows,
    lost: a.lost ?? b.lost,
    refused: a.refused ?? b.refused,
    findings: findings.slice(0, LIMITS.provisioningFindingsPerFile),
    omittedFindings:
      a.omittedFindings + b.omittedFindings + Math.max(0, findings.length - LIMITS.provisioningFindingsPerFile),
  };
}

function mergeFinding(a: ProvisioningFinding, b: ProvisioningFinding): ProvisioningFinding {
  const examples = [...a.examples, ...b.examples]
    .sort((x, y) => (x.row ?? 0) - (y.row ?? 0) || compareText(x.source, y.source) || (x.line ?? 0) - (y.line ?? 0))
    .slice(0, LIMITS.examples);
  return {
    ...a,
    failure: a.failure || b.failure,
    origin: a.origin === b.origin ? a.origin : "both",
    certainty: a.certainty === "certain" || b.certainty === "certain" ? "certain" : (a.certainty ?? b.certainty),
    count: a.count + b.count,
    reported: a.reported + b.reported,
    predicted: a.predicted + b.predicted,
    confirmed: a.confirmed + b.confirmed,
    rows: [...new Set([...a.rows, ...b.rows])].sort((x, y) => x - y).slice(0, LIMITS.examples),
    objects: mergeBy(
      a.objects,
      b.objects,
      (o) => o.kind,
      (x, y) => ({
        kind: x.kind,
        count: x.count + y.count,
        ids: [...new Set([...x.ids, ...y.ids])].slice(0, LIMITS.provisioningIdsPerFinding),
      }),
    ),
    examples,
  };
}

function mergeObject(a: ProvisioningObject, b: ProvisioningObject): ProvisioningObject {
  return {
    ...a,
    count: a.count + b.count,
    findings: mergeBy(
      a.findings,
      b.findings,
      (f) => `${f.import ?? ""}\u0000${f.file ?? ""}\u0000${f.key}`,
      (x, y) => ({
        ...x,
        count: x.count + y.count,
      }),
    ),
  };
}

function keyOf(finding: ProvisioningFinding): string {
  return finding.entry?.id ?? (finding.silent ? `silent:${finding.silent.code}` : `text:${finding.template}`);
}
