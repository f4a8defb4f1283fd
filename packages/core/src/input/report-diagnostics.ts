import type { DiagnosticCode, DiagnosticSink } from "../diagnostics.js";
import type { ReportDiagnostic } from "./parse/record-parser.js";

/** Per code, at most this many diagnostics are passed on; a broken file must not bury the report. */
const MAX_PER_CODE = 100;

/** A diagnostic reporter that adds the source name and caps each code, saying once that it did. */
export function reportDiagnostics(sink: DiagnosticSink | undefined, source: string | undefined): ReportDiagnostic {
  if (sink === undefined) return () => undefined;
  const counts = new Map<DiagnosticCode, number>();
  return (line, code, message) => {
    const count = (counts.get(code) ?? 0) + 1;
    counts.set(code, count);
    if (count > MAX_PER_CODE + 1) return;
    const capped = count === MAX_PER_CODE + 1;
    const text = capped
      ? `more ${code} diagnostics follow from line ${line} on; they are not reported one by one`
      : message;
    sink(source === undefined ? { line, code, message: text } : { line, code, message: text, source });
  };
}
