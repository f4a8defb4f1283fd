import { detach } from "../../util/detach.js";
import { GrowableInts } from "./growable.js";

/**
 * The ids of one kind of object (users, sections, …) met anywhere in a run, each stored once and known by a dense
 * number, with where it was first defined. Everything the checks keep per id lives in typed arrays indexed by that
 * number, so memory grows with the distinct ids, not with the rows that mention them.
 */
export class IdTable {
  private readonly numbers = new Map<string, number>();
  private readonly texts: string[] = [];
  /** The file (its number in the run) whose row first defined the id, or -1. */
  private readonly definedIn = new GrowableInts(-1);
  private readonly definedAt = new GrowableInts(0);
  private normal: Map<string, number> | null = null;

  get size(): number {
    return this.texts.length;
  }

  /** The id's number, adding it when new. */
  index(text: string): number {
    let at = this.numbers.get(text);
    if (at === undefined) {
      at = this.texts.length;
      const kept = detach(text);
      this.texts.push(kept);
      this.numbers.set(kept, at);
    }
    return at;
  }

  /** The id's number, or -1 when the run never met it. */
  find(text: string): number {
    return this.numbers.get(text) ?? -1;
  }

  text(at: number): string {
    return this.texts[at] ?? "";
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
    if (this.normal === null) {
      this.normal = new Map();
      for (let at = 0; at < this.texts.length; at++) {
        if (isDefined(at)) this.normal.set(normalId(this.texts[at] as string), at);
      }
    }
    const found = this.normal.get(normalId(text));
    return found === undefined || this.texts[found] === text ? -1 : found;
  }
}

/** An id with case, spaces and the leading zeros of each run of digits taken out. */
export function normalId(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/(^|\D)0+(?=\d)/g, "$1");
}
