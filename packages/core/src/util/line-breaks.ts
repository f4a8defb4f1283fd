const LF = 10;
const CR = 13;

/** Line breaks in a text, counted as an editor numbers lines: CRLF once, a lone CR or LF once each. */
export function lineBreaks(value: string): number {
  if (value.indexOf("\n") < 0 && value.indexOf("\r") < 0) return 0;
  let breaks = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === LF || (code === CR && value.charCodeAt(index + 1) !== LF)) breaks++;
  }
  return breaks;
}
