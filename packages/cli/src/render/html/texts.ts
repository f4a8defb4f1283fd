/** Texts stored once in the page data and named by index: a student or message repeats across many findings. */
export class TextTable {
  readonly texts: string[] = [];
  private readonly index = new Map<string, number>();

  /** The index of the text, or -1 for none. */
  of(text: string | null | undefined): number {
    if (text === null || text === undefined) return -1;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.texts.push(text) - 1;
      this.index.set(text, at);
    }
    return at;
  }
}
