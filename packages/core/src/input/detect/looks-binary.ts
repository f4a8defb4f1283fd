/** How much of the start is inspected: enough to see past a header, small enough to be free. */
export const BINARY_SNIFF_LENGTH = 1024;

/**
 * True when decoded text is not a log: it holds NUL characters, or mostly control characters and replacement
 * characters (what invalid UTF-8 decodes to). Tab, CR, LF, FF and ESC are ordinary in text logs.
 */
export function looksBinary(text: string): boolean {
  const length = Math.min(text.length, BINARY_SNIFF_LENGTH);
  if (length === 0) return false;
  let suspicious = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 27) || code === 0xfffd) {
      suspicious++;
    }
  }
  return suspicious > length * 0.3;
}
