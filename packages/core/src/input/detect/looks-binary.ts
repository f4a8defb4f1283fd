import { LIMITS } from "../../limits.js";

/**
 * True when decoded text is not a log: it holds NUL characters, or mostly control characters and replacement
 * characters (what invalid UTF-8 decodes to), or more control characters than text ever has, or no text's shape at
 * all. Tab, CR, LF, FF and ESC are ordinary in text logs. Binary data without NUL bytes decodes as Windows-1252
 * (its high bytes are not UTF-8) into letters and symbols: bytes 1 to 255 give a control character in ten, random
 * high bytes a line of accented letters with no space or line break in it.
 */
export function looksBinary(text: string): boolean {
  const length = Math.min(text.length, LIMITS.binarySniffLength);
  if (length === 0) return false;
  let suspicious = 0;
  let controls = 0;
  let nonAscii = 0;
  let spaces = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) return true;
    if (isSuspicious(code)) suspicious++;
    if (isControl(code)) controls++;
    if (code >= 0x80) nonAscii++;
    else if (code === 32 || code === 9 || code === 10 || code === 13) spaces++;
  }
  if (suspicious > length * 0.3 || controls > length * MAX_CONTROL_SHARE) return true;
  return length >= MIN_JUDGED_LENGTH && nonAscii > length / 2 && spaces < length * MIN_SPACE_SHARE;
}

/**
 * Control characters a text has at most, as a share of its characters: none in a log but a stray one (a BEL, a
 * backspace, a C1 control from an undefined Windows-1252 byte); binary data has one in ten or more.
 */
const MAX_CONTROL_SHARE = 0.05;
/**
 * Text in any script separates words or lines with ASCII spaces or line breaks (a log's columns and lines, even one of
 * Chinese messages, has one every few dozen characters); a head mostly outside ASCII with about none in 200 is no text.
 */
const MIN_SPACE_SHARE = 0.005;
/** Characters enough to judge the share of spaces: a short line of names in another script has none. */
const MIN_JUDGED_LENGTH = 256;

/** C0 controls but tab, LF, FF, CR and ESC, and the C1 controls no text has. */
function isControl(code: number): boolean {
  return isStrayC0(code) || (code >= 0x80 && code < 0xa0);
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

/** A stray C0 control (a NUL is one) or U+FFFD, what invalid UTF-8 decodes to. */
function isSuspicious(code: number): boolean {
  return isStrayC0(code) || code === 0xfffd;
}

/** A C0 control character other than tab, LF, FF, CR and ESC, which are ordinary in text logs. */
function isStrayC0(code: number): boolean {
  return code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 27;
}
