export type LineBreak = "\r\n" | "\n" | "\r";

/**
 * The line breaks a sample uses. csv-parse is about 20% slower when it must try several record delimiters, so a
 * file that uses LF (or CR) throughout its sample gets only that one; a mixed sample gets all three. A CRLF sample
 * also gets LF: exports concatenated from several files switch from CRLF to LF after the sample, and with CRLF
 * alone every later row would run into one. (LF alone still reads later CRLF rows: the CR is trimmed off.)
 */
export function detectLineBreaks(sample: string): LineBreak[] {
  let crlf = false;
  let lf = false;
  let cr = false;
  for (let at = sample.indexOf("\r"); at >= 0; at = sample.indexOf("\r", at + 1)) {
    if (sample.charCodeAt(at + 1) === 10) crlf = true;
    else if (at + 1 < sample.length) cr = true;
  }
  for (let at = sample.indexOf("\n"); at >= 0 && !lf; at = sample.indexOf("\n", at + 1)) {
    if (at === 0 || sample.charCodeAt(at - 1) !== 13) lf = true;
  }
  const found = (crlf ? 1 : 0) + (lf ? 1 : 0) + (cr ? 1 : 0);
  if (found === 0 || found > 1) return ["\r\n", "\n", "\r"];
  return crlf ? ["\r\n", "\n"] : lf ? ["\n"] : ["\r"];
}
