/**
 * Aho–Corasick automaton over the catalog's literals (lower-cased), so one pass over a message finds every entry
 * whose literal it contains. The cost of a lookup depends on the message length, not on the number of entries,
 * which keeps matching flat as the catalog grows.
 */
export class LiteralIndex {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly outputs: number[][] = [[]];
  private readonly lengths: number[];

  constructor(literals: readonly string[]) {
    this.lengths = literals.map((literal) => literal.length);
    for (const [id, literal] of literals.entries()) this.insert(literal.toLowerCase(), id);
    this.link();
  }

  /** Ids (indexes into the constructor's list) of the literals found in `lowerText`, each once, ascending. */
  search(lowerText: string): number[] {
    const found = new Set<number>();
    this.scan(lowerText, (id) => found.add(id));
    return [...found].sort((a, b) => a - b);
  }

  /** Every occurrence in `lowerText`, as [start, end) offsets and the literal's id, in order of their end. */
  occurrences(lowerText: string): { start: number; end: number; id: number }[] {
    const found: { start: number; end: number; id: number }[] = [];
    this.scan(lowerText, (id, end) => found.push({ start: end - (this.lengths[id] ?? 0), end, id }));
    return found;
  }

  /** One pass of the automaton; `visit` gets each literal that ends at `end` (exclusive). */
  private scan(lowerText: string, visit: (id: number, end: number) => void): void {
    let state = 0;
    for (let i = 0; i < lowerText.length; i++) {
      const code = lowerText.charCodeAt(i);
      let target = this.next[state]?.get(code);
      while (target === undefined && state !== 0) {
        state = this.fail[state] ?? 0;
        target = this.next[state]?.get(code);
      }
      state = target ?? 0;
      for (const id of this.outputs[state] ?? []) visit(id, i + 1);
    }
  }

  private insert(literal: string, id: number): void {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      const transitions = this.next[state] as Map<number, number>;
      let target = transitions.get(code);
      if (target === undefined) {
        target = this.next.length;
        transitions.set(code, target);
        this.next.push(new Map());
        this.fail.push(0);
        this.outputs.push([]);
      }
      state = target;
    }
    this.outputs[state]?.push(id);
  }

  /** Breadth-first failure links; each state also inherits the outputs of its failure state. */
  private link(): void {
    const queue = [...(this.next[0]?.values() ?? [])];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      for (const [code, target] of this.next[state] ?? []) {
        queue.push(target);
        let fallback = this.fail[state] ?? 0;
        while (fallback !== 0 && !this.next[fallback]?.has(code)) fallback = this.fail[fallback] ?? 0;
        const candidate = this.next[fallback]?.get(code);
        const failTo = candidate !== undefined && candidate !== target ? candidate : 0;
        this.fail[target] = failTo;
        this.outputs[target]?.push(...(this.outputs[failTo] ?? []));
      }
    }
  }
}
