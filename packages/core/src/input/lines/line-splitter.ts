/** A batch of complete lines and the 1-based line number of the first one. */
export interface LineBatch {
  lines: string[];
  firstLine: number;
}

/**
 * Splits streamed text into lines, treating CRLF, LF and lone CR each as one break, also when a CRLF is split across
 * chunks. Uses native indexOf scans instead of a loop over characters. Empty lines are kept (they count for numbering).
 */
export class LineSplitter {
  private carry = "";
  private nextLine = 1;
  /** The previous chunk ended with CR: a LF starting the next chunk belongs to that break. */
  private pendingCr = false;

  push(chunk: string): LineBatch {
    let text = chunk;
    if (this.pendingCr && text.charCodeAt(0) === 10) text = text.slice(1);
    this.pendingCr = false;
    const firstLine = this.nextLine;
    const lines: string[] = [];
    let start = 0;
    let lf = text.indexOf("\n");
    let cr = text.indexOf("\r");
    while (lf >= 0 || cr >= 0) {
      let end: number;
      let next: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        end = cr;
        if (cr + 1 < text.length) next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
        else {
          next = cr + 1;
          this.pendingCr = true;
        }
      } else {
        end = lf;
        next = lf + 1;
      }
      lines.push(start === 0 && this.carry.length > 0 ? this.carry + text.slice(0, end) : text.slice(start, end));
      if (start === 0) this.carry = "";
      start = next;
      if (lf >= 0 && lf < start) lf = text.indexOf("\n", start);
      if (cr >= 0 && cr < start) cr = text.indexOf("\r", start);
    }
    this.carry = start === 0 ? this.carry + text : text.slice(start);
    this.nextLine += lines.length;
    return { lines, firstLine };
  }

  /** The last line when the input does not end with a line break. */
  end(): LineBatch {
    const firstLine = this.nextLine;
    if (this.carry.length === 0) return { lines: [], firstLine };
    const lines = [this.carry];
    this.carry = "";
    this.nextLine++;
    return { lines, firstLine };
  }
}
