/**
 * Where a log line was, as the page shows it: "export.csv, line 3,707", or "line 3,707" when the report has one
 * input (it leaves the input out of each example, and the page's header names it). Shared by the page script.
 */
export function placeName(source: string | null | undefined, line: string): string {
  return source ? `${source}, line ${line}` : `line ${line}`;
}
