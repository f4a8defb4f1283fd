import type { Diagnostic } from "../diagnostics.js";
import { compareDiagnostics } from "./order.js";

/**
 * Add a diagnostic to the first `limit` in report order (source, line, code), kept sorted. Keeping the first ones
 * in report order rather than the first to arrive makes the kept list the same however the inputs were split and in
 * whatever order shards finish, which is what mergeReports keeps too. Diagnostics mostly arrive in order, so the
 * common case is a look at the last one.
 */
export function keepDiagnostic(kept: Diagnostic[], diagnostic: Diagnostic, limit: number): void {
  const last = kept[kept.length - 1];
  if (kept.length >= limit && last !== undefined && compareDiagnostics(diagnostic, last) >= 0) return;
  let at = kept.length;
  while (at > 0 && compareDiagnostics(diagnostic, kept[at - 1] as Diagnostic) < 0) at--;
  kept.splice(at, 0, diagnostic);
  if (kept.length > limit) kept.pop();
}
