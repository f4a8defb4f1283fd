import { InputError } from "../errors.js";
import { REPORT_SCHEMA_VERSION, Report } from "./report-schema.js";

/**
 * A report read back from JSON (a shard written with `mergeable`), checked against this version's schema. The
 * schema version is checked first, so a report of another version is named as such rather than as a list of
 * fields that moved.
 */
export function parseReport(json: unknown, name: string): Report {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new InputError("not-a-report", `expected a gpb-analyze JSON report (an object), got ${kindOf(json)}`, name);
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== REPORT_SCHEMA_VERSION) {
    throw new InputError(
      "not-a-report",
      `expected a report of schema version ${REPORT_SCHEMA_VERSION}, got ${version === undefined ? "no schemaVersion" : `schema version ${JSON.stringify(version)}`}; make and merge every report with the same gpb-analyze version`,
      name,
    );
  }
  const parsed = Report.safeParse(json);
  // Validated, not rebuilt: the parsed copy would list every object's keys in schema order, and a merged report
  // should read exactly like a single run's.
  if (parsed.success) return json as Report;
  const issue = parsed.error.issues[0];
  const path = issue?.path.length ? issue.path.join(".") : "(the report)";
  throw new InputError(
    "not-a-report",
    `expected a gpb-analyze JSON report, but ${path}: ${issue?.message ?? "does not fit the report schema"}`,
    name,
  );
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}
