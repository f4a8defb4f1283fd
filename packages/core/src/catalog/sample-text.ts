import { textToMatch } from "../message/text-to-match.js";
import { unwrapResponse } from "../message/unwrap-response.js";

/**
 * A sample line as the matcher would see it in a log's message field: an embedded JSON response unwrapped to the
 * SIS's own words and the export's escaping undone. Checking samples through the same steps as log messages is
 * what makes a passing sample mean the entry explains that line in a real log.
 */
export function sampleText(line: string): string {
  const unwrapped = line.indexOf("{") >= 0 ? (unwrapResponse(line)?.message ?? line) : line;
  return textToMatch(unwrapped);
}
