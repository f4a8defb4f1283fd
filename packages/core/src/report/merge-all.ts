import type { CatalogEntry } from "../catalog/entry-schema.js";
import { InputError } from "../errors.js";
import { usersListedFor } from "./build-report.js";
import { mergeReports } from "./merge-reports.js";
import type { Report } from "./report-schema.js";

/** A report and where it came from (a file, `stdin#2`), for messages. */
export interface NamedReport {
  name: string;
  report: Report;
}

export interface ReportMerger {
  /** Check the report against the first one and fold it in; reports are merged in the order they are added. */
  add(named: NamedReport): void;
  /**
   * The merged report; throws when nothing was added. `mergeable` keeps the success state and every user listed,
   * so it can be merged again; otherwise it reads like a single run's report (`allUsers` lists every user still).
   */
  result(options?: { mergeable?: boolean; allUsers?: boolean }): Report;
  /** How many reports were added. */
  readonly count: number;
}

/**
 * Throws InputError `not-mergeable` unless `next` can be merged with `first` exactly: made with the `mergeable`
 * option, with the same report schema and the same catalog (the fixes are re-rendered from its entries).
 */
export function checkMergeable(first: NamedReport, next: NamedReport): void {
  const refuse = (message: string) => {
    throw new InputError("not-mergeable", message, next.name);
  };
  if (next.report.resolution === undefined) {
    refuse(
      "expected a report made with --mergeable (the `mergeable` option), got one without its resolution state: " +
        "its errors could not be resolved by successes in other shards; make it again with --mergeable",
    );
  }
  if (next.report.schemaVersion !== first.report.schemaVersion) {
    refuse(
      `expected report schema version ${first.report.schemaVersion} (as in ${first.name}), got ` +
        `${next.report.schemaVersion}; make every shard with the same gpb-analyze version`,
    );
  }
  if (next.report.catalog.version !== first.report.catalog.version) {
    refuse(
      `expected catalog ${first.report.catalog.version} (as in ${first.name}), got catalog ` +
        `${next.report.catalog.version}; make every shard with the same catalog, or the findings would disagree`,
    );
  }
}

/**
 * Merge any number of reports, in order, without holding them all: a binary counter of partial merges (the way
 * merge sort pairs runs), so N reports cost O(total · log N) time and at most log2(N) partial reports in memory.
 * `catalog` is the one the fixes are re-rendered from; it must be the version the reports were made with.
 */
export function createReportMerger(catalog: { version: string; entries: readonly CatalogEntry[] }): ReportMerger {
  const stack: { reports: number; report: Report }[] = [];
  let first: NamedReport | undefined;
  let count = 0;
  const merge = (a: Report, b: Report) => mergeReports(a, b, catalog.entries);
  return {
    add(named) {
      if (first === undefined) {
        checkMergeable(named, named);
        if (named.report.catalog.version !== catalog.version) {
          throw new InputError(
            "not-mergeable",
            `expected reports made with catalog ${catalog.version} (the one loaded to merge them), got catalog ` +
              `${named.report.catalog.version}; merge with the catalog (and --catalog directories) that made them`,
            named.name,
          );
        }
        first = named;
      } else checkMergeable(first, named);
      count++;
      let top = { reports: 1, report: named.report };
      for (let below = stack.at(-1); below !== undefined && below.reports === top.reports; below = stack.at(-1)) {
        stack.pop();
        top = { reports: below.reports + top.reports, report: merge(below.report, top.report) };
      }
      stack.push(top);
    },
    result({ mergeable = true, allUsers = false } = {}) {
      const [bottom, ...rest] = stack;
      if (bottom === undefined) throw new InputError("not-a-report", "expected at least one report to merge, got none");
      const merged = rest.reduce((report, next) => merge(report, next.report), bottom.report);
      return mergeable ? merged : asSingleRun(merged, allUsers);
    },
    get count() {
      return count;
    },
  };
}

/**
 * A merged report as one run would have written it: no success state, no counts per day in its findings (the
 * timeline has them), and the first users of each finding only.
 */
function asSingleRun(report: Report, allUsers: boolean): Report {
  const { resolution: _state, ...rest } = report;
  const listed = usersListedFor({ allUsers });
  const groups = rest.groups.map((group) => ({
    ...group,
    findings: group.findings.map(({ daily: _days, ...finding }) =>
      finding.users.length > listed ? { ...finding, users: finding.users.slice(0, listed) } : finding,
    ),
  }));
  return { ...rest, groups };
}
