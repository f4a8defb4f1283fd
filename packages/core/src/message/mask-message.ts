import { stripWrappers } from "./strip-wrappers.js";

/**
 * Replace the variable parts of an error message (ids, numbers, dates, quoted names, UUIDs, emails, URLs) with
 * placeholders, so messages that differ only in those parts share one template. The wrappers a log writes before the
 * message (a stage, a tag, an `Error:` or HTTP status prefix) are left out first, so they do not split a template
 * either. Placeholders contain no digits, quotes or `@` and start no wrapper, which makes masking idempotent:
 * masking a template gives the template back.
 */
const MASKS: readonly (readonly [RegExp, string])[] = [
  // `(?<![\w>])` where `\b` would do: a placeholder's `>` put before a text must not let a mask start there the
  // second time when it did not the first (`AMhttps://…` once masked is `<date>https://…`).
  [/(?<![\w>])https?:\/\/\S+/gi, "<url>"],
  // The lookbehinds make each pattern start only where a run of word characters starts: without them a long run
  // with no digit (or no @) is retried from every position inside it, which is quadratic in its length.
  [/(?<![\w.+>-])[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "<email>"],
  [/(?<![\w>])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "<uuid>"],
  [/(?<![\w>])\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g, "<date>"],
  [/(?<![\w>])\d{1,2}\/\d{1,2}\/\d{2,4}(?: \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?)?/gi, "<date>"],
  [/"[^"\n]{0,200}"/g, '"<*>"'],
  // Not after a letter (an apostrophe: don't, O'Brien) nor after a placeholder's `>`, which a later mask may put
  // where a letter was: otherwise masking a template could mask it again.
  [/(?<![A-Za-z>])'[^'\n]{0,200}'/g, "'<*>'"],
  [/(?<![\w>])[0-9a-f]{16,}\b/gi, "<hex>"],
  // Any token that carries a digit is an id, a count or a code: 12345, A-1002, 77085.1, v2.
  [/(?<![\w.>-])[\w.-]*\d[\w.-]*/g, "<num>"],
];

export function maskMessage(message: string): string {
  // Spaced first: a mask must see the text it will see again in a template (`'\n'` would otherwise become `' '`).
  let masked = stripWrappers(message.replace(/\s+/g, " "));
  for (const [pattern, placeholder] of MASKS) masked = masked.replace(pattern, placeholder);
  return masked;
}
