/**
 * Remembers the last word looked up: status and level columns repeat the same few words row after row, and
 * comparing with the previous string is cheaper than hashing a fresh one for a Map lookup.
 */
export class LastValueMemo<T> {
  private lastWord: string | undefined;
  private lastValue: T | undefined;

  constructor(private readonly lookUp: (word: string) => T | undefined) {}

  get(word: string): T | undefined {
    if (word === this.lastWord) return this.lastValue;
    this.lastWord = word;
    this.lastValue = this.lookUp(word);
    return this.lastValue;
  }
}
