/**
 * Replace the variable parts of an error message (ids, numbers, dates, quoted names, UUIDs, emails, URLs) with
 * placeholders, so messages that differ only in those parts share one template. Placeholders contain no digits,
 * quotes or `@`, which makes masking idempotent: masking a template gives the template back.
 */
const MASKS: readonly (readonly [RegExp, string])[] = [
  [/\bhttps?:\/\/\S+/gi, "<url>"],
  // The lookbehinds make each pattern start only where a run of word characters starts: without them a long run
  // with no digit (or no @) is retried from every position inside it, which is quadratic in its length.
  [/(?<![\w.+-])[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "<email>"],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<uuid>"],
  [/\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g, "<date>"],
  [/\b\d{1,2}\/\d{1,2}\/\d{2,4}(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?/gi, "<date>"],
  [/"[^"\n]{0,200}"/g, '"<*>"'],
  [/(?<![A-Za-z])'[^'\n]{0,200}'/g, "'<*>'"],
  [/\b[0-9a-f]{16,}\b/gi, "<hex>"],
  // Any token that carries a digit is an id, a count or a code: 12345, A-1002, 77085.1, v2.
  [/(?<![\w.-])[\w.-]*\d[\w.-]*/g, "<num>"],
];

export function maskMessage(message: string): string {
  let masked = message;
  for (const [pattern, placeholder] of MASKS) masked = masked.replace(pattern, placeholder);
  return masked.replace(/\s+/g, " ").trim();
}
