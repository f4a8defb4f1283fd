import { LIMITS } from "../../limits.js";

/**
 * True when decoded text is not a log: it holds NUL characters, or mostly control characters and replacement
 * characters (what invalid UTF-8 decodes to). Tab, CR, LF, FF and ESC are ordinary in text logs.
 */
export function looksBinary(text: string): boolean {
  const length = Math.min(text.length, LIMITS.binarySniffLength);
  if (length === 0) return false;
  let suspicious = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) return true;
    if (isSuspicious(code)) suspicious++;
  }
  return suspicious > length * 0.3;
}

/**
 * Where the binary data is, for the error: the line of a NUL that follows readable text (a stray NUL on line 3 of
 * a CSV is worth pointing at), else line 1, where a binary file's control bytes start.
 */
export function binaryLine(text: string): number {
  const head = text.slice(0, LIMITS.binarySniffLength);
  let at = 0;
  while (at < head.length && !isSuspicious(head.charCodeAt(at))) at++;
  if (head.charCodeAt(at) !== 0) return 1;
  let line = 1;
  for (let index = 0; index < at; index++) {
    const code = head.charCodeAt(index);
    if (code === 10 || (code === 13 && head.charCodeAt(index + 1) !== 10)) line++;
  }
  return line;
}

function isSuspicious(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 27) || code === 0xfffd;
}
