import { detach } from "../../util/detach.js";
import { idKey } from "../../util/id-key.js";
import { GrowableInts } from "./growable.js";

/**
 * The ids of one kind of object (users, sections, …) met anywhere in a run, each stored once and known by a dense
 * number, with where it was first defined. Everything the checks keep per id lives in typed arrays indexed by that
 * number, so memory grows with the distinct ids, not with the rows that mention them.
 */
export class IdTable {
  /** Keyed by `idKey`: a numeric id (most SIS user ids) as a number, which is hashed without reading a string. */
  private readonly numbers = new Map<string | number, number>();
  private readonly keys: (string | number)[] = [];
  /** The file (its number in the run) whose row first defined the id, or -1. */
  private readonly definedIn = new GrowableInts(-1);
  private readonly definedAt = new GrowableInts(0);
  private normal: Map<string, number> | null = null;
  private collisions: [first: number, other: number][] = [];

  get size(): number {
    return this.keys.length;
  }

  /** The id's number, adding it when new. */
  index(text: string): number {
    const key = idKey(text);
    let at = this.numbers.get(key);
    if (at === undefined) {
      at = this.keys.length;
      const kept = typeof key === "number" ? key : detach(key);
      this.keys.push(kept);
      this.numbers.set(kept, at);
    }
    return at;
  }

  /**
   * `index` for one column of one file: the last id it was asked for is remembered, so a file sorted by that column
   * (a roster listed section by section) looks each id up once per run of rows, not once per row.
   */
  indexer(): (text: string) => number {
    let lastText: string | null = null;
    let lastAt = -1;
    return (text) => {
      if (text !== lastText) {
        lastAt = this.index(text);
        lastText = text;
      }
      return lastAt;
    };
  }

  /** The id's number, or -1 when the run never met it. */
  find(text: string): number {
    return this.numbers.get(idKey(text)) ?? -1;
  }

  text(at: number): string {
    const key = this.keys[at];
    return key === undefined ? "" : String(key);
  }

  /** Notes the id as defined by a row of `file`; returns the row that defined it before in the same file, or 0. */
  define(at: number, file: number, row: number): number {
    const before = this.definedIn.get(at);
    if (before < 0) {
      this.definedIn.set(at, file);
      this.definedAt.set(at, row);
      return 0;
    }
    return before === file ? this.definedAt.get(at) : 0;
  }

  /** The file that defined the id first, or -1. */
  definer(at: number): number {
    return this.definedIn.get(at);
  }

  definedRow(at: number): number {
    return this.definedAt.get(at);
  }

  /**
   * A defined id that is the same as `text` but for case, spaces or leading zeros (`0045521` for `45521`, `s12`
   * for `S12`): what an id a spreadsheet changed looks like. Built on first use, from the defined ids only.
   */
  nearlyDefined(text: string, isDefined: (at: number) => boolean): number {
    const found = this.normalForms(isDefined).get(normalId(text));
    return found === undefined || this.text(found) === text ? -1 : found;
  }

  /** Pairs of defined ids with the same normal form (the first defined, and each other one), in id order. */
  nearPairs(isDefined: (at: number) => boolean): readonly (readonly [number, number])[] {
    this.normalForms(isDefined);
    return this.collisions;
  }

  /** The defined ids by normal form, built once (after every file is read) with the pairs that collide. */
  private normalForms(isDefined: (at: number) => boolean): Map<string, number> {
    if (this.normal !== null) return this.normal;
    const normal = new Map<string, number>();
    for (let at = 0; at < this.keys.length; at++) {
      if (!isDefined(at)) continue;
      const key = this.keys[at] as string | number;
      // A number key is its own normal form when it has no other spelling (no zeros to lose, no case).
      const form = typeof key === "number" ? String(key) : normalId(key);
      const first = normal.get(form);
      if (first === undefined) normal.set(form, at);
      else this.collisions.push([first, at]);
    }
    this.normal = normal;
    return normal;
  }
}

/** An id with case, spaces and the leading zeros of each run of digits taken out. */
export function normalId(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/(^|\D)0+(?=\d)/g, "$1");
}
