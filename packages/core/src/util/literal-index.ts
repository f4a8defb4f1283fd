/**
 * Aho–Corasick automaton over the catalog's literals (lower-cased), so one pass over a message finds every entry
 * whose literal it contains. The cost of a lookup depends on the message length, not on the number of entries,
 * which keeps matching flat as the catalog grows.
 *
 * Most states of an automaton over literals have a single way out (the next letter of one literal), so those keep
 * it in two number arrays; only branching states get a Map. A thousand-entry catalog then costs a few hundred Maps,
 * not one per character.
 */
const NONE = -1;
const NO_OUTPUTS: readonly number[] = [];

export class LiteralIndex {
  private readonly onlyCode: number[] = [NONE];
  private readonly onlyTarget: number[] = [NONE];
  private readonly branches: (Map<number, number> | undefined)[] = [undefined];
  private readonly fail: number[] = [0];
  private readonly outputs: (readonly number[])[] = [NO_OUTPUTS];
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
      let target = this.step(state, code);
      while (target === undefined && state !== 0) {
        state = this.fail[state] ?? 0;
        target = this.step(state, code);
      }
      state = target ?? 0;
      for (const id of this.outputs[state] ?? NO_OUTPUTS) visit(id, i + 1);
    }
  }

  private step(state: number, code: number): number | undefined {
    if (this.onlyCode[state] === code) return this.onlyTarget[state];
    return this.branches[state]?.get(code);
  }

  private *edges(state: number): Generator<[code: number, target: number]> {
    const code = this.onlyCode[state] ?? NONE;
    if (code !== NONE) yield [code, this.onlyTarget[state] as number];
    const branches = this.branches[state];
    if (branches) yield* branches;
  }

  private addEdge(state: number, code: number, target: number): void {
    if (this.onlyCode[state] === NONE) {
      this.onlyCode[state] = code;
      this.onlyTarget[state] = target;
    } else {
      const branches = this.branches[state] ?? new Map<number, number>();
      branches.set(code, target);
      this.branches[state] = branches;
    }
  }

  private insert(literal: string, id: number): void {
    let state = 0;
    for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      let target = this.step(state, code);
      if (target === undefined) {
        target = this.fail.length;
        this.addEdge(state, code, target);
        this.onlyCode.push(NONE);
        this.onlyTarget.push(NONE);
        this.branches.push(undefined);
        this.fail.push(0);
        this.outputs.push(NO_OUTPUTS);
      }
      state = target;
    }
    this.outputs[state] = [...(this.outputs[state] ?? NO_OUTPUTS), id];
  }

  /** Breadth-first failure links; each state also inherits the outputs of its failure state. */
  private link(): void {
    const queue = [...this.edges(0)].map(([, target]) => target);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      for (const [code, target] of this.edges(state)) {
        queue.push(target);
        let fallback = this.fail[state] ?? 0;
        while (fallback !== 0 && this.step(fallback, code) === undefined) fallback = this.fail[fallback] ?? 0;
        const candidate = this.step(fallback, code);
        const failTo = candidate !== undefined && candidate !== target ? candidate : 0;
        this.fail[target] = failTo;
        const inherited = this.outputs[failTo] ?? NO_OUTPUTS;
        if (inherited.length > 0) this.outputs[target] = [...(this.outputs[target] ?? NO_OUTPUTS), ...inherited];
      }
    }
  }
}
