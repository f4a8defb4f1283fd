const QUOTE = 34;

/**
 * Where the quoted CSV field opened at `open` closes: the index of its closing quote (a doubled quote inside is
 * text, not the end), or -1 when the text ends first. A closing quote that is the text's last character may still be
 * the first half of a doubled quote in the next chunk; the caller decides, since only it knows whether more comes.
 */
export function closingQuote(text: string, open: number): number {
  let from = open + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close < 0 || text.charCodeAt(close + 1) !== QUOTE) return close;
    from = close + 2;
  }
}

/** The value of the quoted field between `open` and `close`: without its quotes, doubled quotes made single. */
export function quotedValue(text: string, open: number, close: number): string {
  const inner = text.slice(open + 1, close);
  return inner.includes('""') ? inner.replaceAll('""', '"') : inner;
}
