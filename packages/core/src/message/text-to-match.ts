/**
 * The text a catalog pattern is tried on: the message as the SIS wrote it, with the escaping that exports add on the
 * way undone. Messages arrive HTML-escaped (`&quot;`, `&#39;`, `&amp;`), JSON-escaped inside a response body
 * (`\"`, `\u0022`, `\/`) or with CSV's doubled quotes left in a text log; patterns are written against the plain
 * words. The original text is what reports show; this is only for matching.
 */
export function textToMatch(message: string): string {
  // Most messages hold none of these: no copy, no regex.
  if (message.indexOf("&") < 0 && message.indexOf("\\") < 0 && message.indexOf('""') < 0) return message;
  return message.replace(JSON_ESCAPE, jsonUnescape).replace(HTML_ENTITY, htmlUnescape).replaceAll('""', '"');
}

const JSON_ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g;
const JSON_SIMPLE: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: " ",
  f: " ",
  n: " ",
  r: " ",
  t: " ",
};

function jsonUnescape(whole: string, hex: string | undefined, simple: string | undefined): string {
  if (hex !== undefined) return String.fromCharCode(Number.parseInt(hex, 16));
  return JSON_SIMPLE[simple as string] ?? whole;
}

const HTML_ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(quot|apos|amp|lt|gt|nbsp));/g;
const HTML_NAMED: Readonly<Record<string, string>> = { quot: '"', apos: "'", amp: "&", lt: "<", gt: ">", nbsp: " " };

function htmlUnescape(whole: string, decimal?: string, hex?: string, name?: string): string {
  if (name !== undefined) return HTML_NAMED[name] ?? whole;
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex as string, 16);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}
