/**
 * Counts U+FFFD replacement characters the decoder put in place of invalid byte sequences, and the line of the
 * first one. Lines are only counted until the first replacement is found, so clean input pays one indexOf per chunk.
 */
export class ReplacementCounter {
  count = 0;
  firstLine = 0;
  private linesBefore = 1;
  private lastWasCr = false;

  observe(text: string): void {
    let at = text.indexOf("\uFFFD");
    if (at < 0) {
      if (this.count === 0) this.countLines(text, text.length);
      return;
    }
    if (this.count === 0) {
      this.countLines(text, at);
      this.firstLine = this.linesBefore;
    }
    while (at >= 0) {
      this.count++;
      at = text.indexOf("\uFFFD", at + 1);
    }
  }

  /** Counts line breaks in text[0, end): LF, CRLF and lone CR each once, with native scans rather than a char loop. */
  private countLines(text: string, end: number): void {
    if (end === 0) return;
    let breaks = 0;
    for (let at = text.indexOf("\n"); at >= 0 && at < end; at = text.indexOf("\n", at + 1)) breaks++;
    for (let at = text.indexOf("\r"); at >= 0 && at < end; at = text.indexOf("\r", at + 1)) {
      // A CR followed by LF was counted with the LF.
      if (at + 1 >= end || text.charCodeAt(at + 1) !== 10) breaks++;
    }
    // A CRLF split across chunks: the CR was counted at the end of the previous chunk.
    if (this.lastWasCr && text.charCodeAt(0) === 10) breaks--;
    // A CR at the very end of the counted range counts now; a following LF in the next chunk is discounted above.
    this.lastWasCr = text.charCodeAt(end - 1) === 13;
    this.linesBefore += breaks;
  }
}
