import type { Diagnostic } from "../diagnostics.js";
import { LIMITS } from "../limits.js";
import { compareDiagnostics } from "./order.js";

/**
 * The diagnostics a report lists: the first `LIMITS.reportDiagnostics` in report order (source, line, code), kept
 * as they arrive, and the count of all of them. The same however the inputs were split, so merged reports list
 * what one analysis would.
 */
export class KeptDiagnostics {
  private readonly kept: Diagnostic[] = [];
  private total = 0;

  add(diagnostic: Diagnostic): void {
    this.total++;
    const kept = this.kept;
    if (kept.length >= LIMITS.reportDiagnostics && compareDiagnostics(diagnostic, kept.at(-1) as Diagnostic) >= 0) {
      return;
    }
    // After every equal one: diagnostics of one line keep the order they were found in.
    let at = kept.length;
    while (at > 0 && compareDiagnostics(diagnostic, kept[at - 1] as Diagnostic) < 0) at--;
    kept.splice(at, 0, diagnostic);
    if (kept.length > LIMITS.reportDiagnostics) kept.pop();
  }

  get count(): number {
    return this.total;
  }

  list(): Diagnostic[] {
    return [...this.kept];
  }
}
