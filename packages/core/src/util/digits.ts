/** Is the UTF-16 code unit an ASCII digit, 0 to 9? */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Are the characters of `text` from `start` to `end` all ASCII digits (true for none)? Char checks, no regex. */
export function isDigits(text: string, start = 0, end = text.length): boolean {
  for (let at = start; at < end; at++) if (!isDigitCode(text.charCodeAt(at))) return false;
  return true;
}
