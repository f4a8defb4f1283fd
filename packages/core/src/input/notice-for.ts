import type { DiagnosticCode, Notice, OnDiagnostic } from "../diagnostics.js";
import { LIMITS } from "../limits.js";

/** The notice of one input: it names the source and caps each code, saying once that it did. */
export function noticeFor(onDiagnostic: OnDiagnostic | undefined, source: string | undefined): Notice {
  if (onDiagnostic === undefined) return () => undefined;
  const counts = new Map<DiagnosticCode, number>();
  return (line, code, message) => {
    const count = (counts.get(code) ?? 0) + 1;
    counts.set(code, count);
    if (count > LIMITS.diagnosticsPerCode + 1) return;
    const capped = count === LIMITS.diagnosticsPerCode + 1;
    const text = capped
      ? `more ${code} diagnostics follow from line ${line} on; they are not reported one by one`
      : message;
    onDiagnostic(source === undefined ? { line, code, message: text } : { line, code, message: text, source });
  };
}
