/** One element of the record array, as text, with the line it starts on; `problem` when it is broken (no text). */
export interface JsonElement {
  text: string;
  line: number;
  problem?: string;
}

/** How the document ended, for the diagnostics of a truncated or record-less document. */
export type JsonEnding =
  | { kind: "complete" }
  | { kind: "truncated-element"; line: number }
  | { kind: "unclosed-array"; line: number }
  | { kind: "unclosed-document"; line: number }
  | { kind: "no-array"; singleObject: string | undefined };

/** A single top-level object with no record array is kept (as one record) only up to this size. */
const MAX_SINGLE_OBJECT = 1024 * 1024;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;
/** Brackets an element's bit stack records, to tell `{` from `[` when one closes (deeper ones go unchecked). */
const CHECKED_DEPTH = 31;
/**
 * The text a resynchronisation looks for, learnt once the second record starts (when that short): from the first
 * record's `}` to the second's `{`, and the first record's first key (`}, {"timestamp"`). The key keeps it from
 * matching objects nested in a record.
 */
const MAX_SEPARATOR = 128;
const FIRST_KEY = /^\{\s*"(?:[^"\\]|\\.)*"/;
/** Between two records when none was learnt yet: `}`, a comma and `{`, with any whitespace around the comma. */
const ANY_SEPARATOR = /\}\s*,\s*\{/g;

/**
 * Streams a JSON document and cuts out the elements of its record array one at a time, so memory holds one record,
 * not the document. The record array is the top-level array, or else the first array of objects anywhere inside
 * the top-level object (`{"data":{"results":[…]}}`). Nesting is tracked with a counter, never recursion.
 *
 * A broken element (a string cut by a line break, a string followed by anything but `:`, `,` or a closing bracket, a
 * bracket closing the other kind, no comma after an element) is handed on as a problem, and reading resynchronises
 * at the next record: where the text seen between the first two records (`},\n  {`) comes again, or the start of a
 * line indented as records are. A cut string swallows the quote of the next record's first key, so that record
 * starts inside the string the break was found after: the string is searched first.
 */
export class JsonArraySplitter {
  /**
   * @param acceptsNested decides from its first element whether a nested array of objects holds the records, so
   *   `{"meta":{"tags":[{"k":"v"}]},"data":[…]}` skips the tags; a rejected array is skipped and seeking resumes.
   */
  constructor(private readonly acceptsNested: (firstElement: string) => boolean) {}

  private mode: "seek" | "elements" | "skip" | "after" = "seek";
  private depth = 0;
  /** The depth inside the record array, which a broken element returns to. */
  private arrayDepth = 0;
  private inString = false;
  private escaped = false;
  /** Just saw `[` below the top level: decide on the next significant character whether it holds objects. */
  private arrayPending = false;
  private arrayLine = 0;
  private topLevel: "{" | "[" | undefined;
  private line = 1;
  private lastWasCr = false;
  /** The element being read: its depth, the parts from earlier chunks, where it starts in this one. */
  private elementDepth = 0;
  private elementScalar = false;
  private elementParts: string[] = [];
  private elementStart = -1;
  private elementLine = 0;
  /** The element's open brackets, one bit each (1 for `[`), innermost lowest. */
  private elementKinds = 0;
  /** A string just closed inside an element: the next significant character must be `:`, `,` or a closing one. */
  private afterString = false;
  /** Where the last string opened in this chunk (-1: in an earlier one), for the record a cut string swallowed. */
  private stringStart = -1;
  /** An element just ended: a comma or the array's end must come next. */
  private expectComma = false;
  /**
   * The text from one record's `}` to the next one's first key, once learnt, and where its `{` is; until then, the
   * first record's start up to its first key, and where the last record's `}` is in this chunk.
   */
  private separator: string | undefined;
  private separatorBrace = 0;
  private firstKey: string | undefined;
  private separatorFrom = -1;
  /** While skipping a broken element: how much of the separator, and of a record line's start, the text matches. */
  private separatorMatched = 0;
  private lineStartMatched = 0;
  private skipClosedArray =
    false; /** Whether the array being read is nested (its first element is then checked by `acceptsNested`). */
  private arrayNested = false;
  private firstElementPending = false;
  /** The document so far while no record array is found, for a lone top-level object. */
  private documentParts: string[] | undefined = [];
  private documentLength = 0;

  push(chunk: string): JsonElement[] {
    const elements: JsonElement[] = [];
    if (this.documentParts !== undefined && this.mode === "seek") this.keepDocument(chunk);
    if (this.elementStart >= 0 || this.elementParts.length > 0) this.elementStart = 0;
    this.stringStart = -1;
    this.separatorFrom = -1;
    for (let index = 0; index < chunk.length; index++) {
      const code = chunk.charCodeAt(index);
      if (code === 10 || code === 13) {
        if (code === 13 || !this.lastWasCr) this.line++;
        this.lastWasCr = code === 13;
        // A JSON string holds no raw line break: this one was cut, and its element with it.
        if (this.inString && this.mode === "elements") {
          index = this.breakElement(chunk, index, code, elements, "a string is not closed before its line ends", -1);
          continue;
        }
      } else this.lastWasCr = false;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === BACKSLASH) this.escaped = true;
        else if (code === QUOTE) {
          this.inString = false;
          if (this.elementScalar) this.completeElement(chunk, index + 1, elements);
          else {
            // Most strings are followed at once by `:`, `,` or a bracket; only others are checked on the next step.
            const next = chunk.charCodeAt(index + 1);
            if (next !== COLON && next !== COMMA && next !== CLOSE_BRACE && next !== CLOSE_BRACKET)
              this.afterString = true;
          }
        }
        continue;
      }
      if (this.mode === "elements") index = this.stepElement(chunk, index, code, elements);
      else if (this.mode === "skip") index = this.stepSkip(chunk, index, code, elements);
      else if (this.stepStructure(code)) index = this.stepElement(chunk, index, code, elements);
    }
    if (this.elementStart >= 0) {
      this.elementParts.push(chunk.slice(this.elementStart));
      this.elementStart = -1;
    }
    return elements;
  }

  /** Ends the document; the last element when it was a bare scalar, and how the document ended. */
  end(): { elements: JsonElement[]; ending: JsonEnding } {
    const elements: JsonElement[] = [];
    if (this.mode === "elements" && this.elementScalar && !this.inString && this.elementParts.length > 0) {
      this.completeElement("", 0, elements);
    }
    return { elements, ending: this.ending() };
  }

  private ending(): JsonEnding {
    // The broken element was handed on; the array closed after it, or the document ended inside it.
    if (this.mode === "skip") {
      return this.skipClosedArray ? { kind: "complete" } : { kind: "unclosed-array", line: this.arrayLine };
    }
    if (this.mode === "elements") {
      if (this.elementParts.length > 0) return { kind: "truncated-element", line: this.elementLine };
      return { kind: "unclosed-array", line: this.arrayLine };
    }
    if (this.mode === "after")
      return this.depth > 0 ? { kind: "unclosed-document", line: this.line } : { kind: "complete" };
    const whole = this.depth === 0 && this.topLevel === "{" && this.documentParts !== undefined;
    return { kind: "no-array", singleObject: whole ? this.documentParts?.join("") : undefined };
  }

  private keepDocument(chunk: string): void {
    this.documentLength += chunk.length;
    if (this.documentLength > MAX_SINGLE_OBJECT) this.documentParts = undefined;
    else this.documentParts?.push(chunk);
  }

  /** Outside the record array: track depth and find the array. True when this character opens its first element. */
  private stepStructure(code: number): boolean {
    if (code <= 32) return false;
    if (this.arrayPending && this.mode === "seek") {
      this.arrayPending = false;
      if (code === OPEN_BRACE) {
        this.enterArray();
        return true;
      }
    }
    if (code === QUOTE) this.inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (this.depth === 0 && this.topLevel === undefined) this.topLevel = code === OPEN_BRACE ? "{" : "[";
      this.depth++;
      if (code === OPEN_BRACKET && this.mode === "seek") {
        if (this.depth === 1) this.enterArray();
        else this.arrayPending = true;
      }
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) this.depth--;
    return false;
  }

  private enterArray(): void {
    this.mode = "elements";
    this.arrayDepth = this.depth;
    this.expectComma = false;
    this.arrayNested = this.depth > 1;
    this.firstElementPending = true;
    this.arrayLine = this.line;
    this.documentParts = undefined;
  }

  /** Inside the record array: cut out elements. Returns the index to go on from (before it, after a resync). */
  private stepElement(chunk: string, index: number, code: number, elements: JsonElement[]): number {
    if (this.elementDepth === 0 && !this.elementScalar) {
      if (code <= 32) return index;
      if (code === COMMA) {
        this.expectComma = false;
        return index;
      }
      if (code === CLOSE_BRACKET) {
        this.depth--;
        this.mode = "after";
        return index;
      }
      if (this.expectComma) {
        this.elementLine = this.line;
        return this.breakElement(chunk, index, code, elements, "text after a record where a comma belongs", -1);
      }
      if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        if (code === OPEN_BRACE && this.separator === undefined && this.separatorFrom >= 0) {
          this.learnSeparator(chunk.slice(this.separatorFrom, index));
        }
        this.depth++;
        this.elementDepth = 1;
        this.elementKinds = code === OPEN_BRACKET ? 1 : 0;
        this.startElement(index, false);
      } else {
        this.startElement(index, true);
        if (code === QUOTE) this.inString = true;
      }
      return index;
    }
    if (this.elementScalar) {
      // A number or literal ends at the next separator; the separator is handled as between elements.
      if (code <= 32 || code === COMMA || code === CLOSE_BRACKET) {
        this.completeElement(chunk, index, elements);
        return this.stepElement(chunk, index, code, elements);
      }
      return index;
    }
    if (this.afterString) {
      if (code <= 32) return index;
      this.afterString = false;
      if (code !== COLON && code !== COMMA && code !== CLOSE_BRACE && code !== CLOSE_BRACKET) {
        const reason = "a string is followed by text where a colon, a comma or a closing bracket belongs";
        return this.breakElement(chunk, index, code, elements, reason, this.stringStart);
      }
    }
    if (code === QUOTE) {
      this.inString = true;
      this.stringStart = index;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (this.elementDepth < CHECKED_DEPTH)
        this.elementKinds = (this.elementKinds << 1) | (code === OPEN_BRACKET ? 1 : 0);
      this.elementDepth++;
      this.depth++;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      if (this.elementDepth <= CHECKED_DEPTH) {
        if ((this.elementKinds & 1) !== (code === CLOSE_BRACKET ? 1 : 0)) {
          const reason = `a ${code === CLOSE_BRACKET ? "]" : "}"} closes a ${code === CLOSE_BRACKET ? "{" : "["}`;
          return this.breakElement(chunk, index, code, elements, reason, -1);
        }
        this.elementKinds >>>= 1;
      }
      this.elementDepth--;
      this.depth--;
      if (this.elementDepth === 0) this.completeElement(chunk, index + 1, elements);
    }
    return index;
  }

  /**
   * Hands on the element being read as broken and resynchronises: at a record that starts inside the string opened
   * at `searchFrom` (in this chunk), else by skipping to the next record. Returns the index to go on from.
   */
  private breakElement(
    chunk: string,
    index: number,
    code: number,
    elements: JsonElement[],
    problem: string,
    searchFrom: number,
  ): number {
    elements.push({ text: "", line: this.elementLine, problem });
    this.firstElementPending = false;
    this.depth = this.arrayDepth;
    this.elementDepth = 0;
    this.elementScalar = false;
    this.elementParts = [];
    this.elementStart = -1;
    this.inString = false;
    this.escaped = false;
    this.afterString = false;
    this.expectComma = false;
    const start = searchFrom >= 0 ? this.separatorIn(chunk, searchFrom + 1, index) : -1;
    if (start >= 0) {
      this.uncountLines(chunk, start, index);
      return this.stepElement(chunk, start, OPEN_BRACE, elements);
    }
    this.mode = "skip";
    this.separatorMatched = 0;
    this.lineStartMatched = 0;
    this.skipClosedArray = false;
    return this.stepSkip(chunk, index, code, elements);
  }

  /** Takes back the line breaks after `from` up to `to`, which are read again from `from` on. */
  private uncountLines(chunk: string, from: number, to: number): void {
    for (let index = from + 1; index <= to; index++) {
      const code = chunk.charCodeAt(index);
      if (code === 13 || (code === 10 && chunk.charCodeAt(index - 1) !== 13)) this.line--;
    }
    this.lastWasCr = false;
  }

  /** The `{` that ends the first `}`, comma, `{` in `chunk` between `from` and `to` (whitespace allowed), or -1. */
  private separatorIn(chunk: string, from: number, to: number): number {
    ANY_SEPARATOR.lastIndex = from;
    const match = ANY_SEPARATOR.exec(chunk);
    const end = match === null ? -1 : match.index + match[0].length - 1;
    return end >= 0 && end <= to ? end : -1;
  }

  /** Skipping a broken element, one character: a record's start found again starts an element there. */
  private stepSkip(chunk: string, index: number, code: number, elements: JsonElement[]): number {
    if (code > 32) this.skipClosedArray = code === CLOSE_BRACKET || (this.skipClosedArray && code === CLOSE_BRACE);
    const separator = this.separator;
    if (separator === undefined) {
      if (!this.anySeparatorAt(code)) return index;
      this.mode = "elements";
      this.depth = this.arrayDepth;
      return this.stepElement(chunk, index, OPEN_BRACE, elements);
    }
    if (this.separatorAt(separator, code) || this.lineStartAt(separator, code)) this.resumeAfterKey(index);
    return index;
  }

  /** `}`, a comma, `{` with any whitespace between: 1 after the `}`, 2 after the comma. */
  private anySeparatorAt(code: number): boolean {
    if (code === CLOSE_BRACE) this.separatorMatched = 1;
    else if (code === COMMA && this.separatorMatched === 1) this.separatorMatched = 2;
    else if (code === OPEN_BRACE && this.separatorMatched === 2) return true;
    else if (code > 32) this.separatorMatched = 0;
    return false;
  }

  /** Whether `code` completes the learnt separator (its `}` comes first only, so a mismatch starts at most anew). */
  private separatorAt(separator: string, code: number): boolean {
    if (code === separator.charCodeAt(this.separatorMatched)) this.separatorMatched++;
    else this.separatorMatched = code === CLOSE_BRACE ? 1 : 0;
    return this.separatorMatched === separator.length;
  }

  /** Whether `code` completes a line that starts as a record's does: the separator from the line break before `{`. */
  private lineStartAt(separator: string, code: number): boolean {
    const lineBreak = separator.lastIndexOf("\n", this.separatorBrace);
    if (lineBreak < 0) return false;
    if (code === separator.charCodeAt(lineBreak + this.lineStartMatched)) this.lineStartMatched++;
    else this.lineStartMatched = code === 10 ? 1 : 0;
    return lineBreak + this.lineStartMatched === separator.length;
  }

  /** A record's start and first key were just matched, ending at `index`: the element goes on from there. */
  private resumeAfterKey(index: number): void {
    const read = (this.separator as string).slice(this.separatorBrace);
    this.mode = "elements";
    this.depth = this.arrayDepth + 1;
    this.elementDepth = 1;
    this.elementKinds = 0;
    this.elementScalar = false;
    this.elementParts = [read];
    this.elementStart = index + 1;
    this.elementLine = this.line - (read.match(/\r\n?|\n/g)?.length ?? 0);
    this.inString = false;
    this.afterString = true;
  }

  /** Learns the separator as the second record starts, from the text before its `{` and the first record's key. */
  private learnSeparator(before: string): void {
    if (this.firstKey === undefined || before.length + this.firstKey.length > MAX_SEPARATOR) return;
    this.separator = before + this.firstKey;
    this.separatorBrace = before.length;
  }

  private startElement(index: number, scalar: boolean): void {
    this.afterString = false;
    this.elementStart = index;
    this.elementScalar = scalar;
    this.elementLine = this.line;
  }

  private completeElement(chunk: string, end: number, elements: JsonElement[]): void {
    const tail = chunk.slice(Math.max(this.elementStart, 0), end);
    const text = this.elementParts.length === 0 ? tail : this.elementParts.join("") + tail;
    const rejected = this.firstElementPending && this.arrayNested && !this.acceptsNested(text);
    this.firstElementPending = false;
    if (rejected) this.mode = "seek";
    else {
      elements.push({ text, line: this.elementLine });
      this.expectComma = true;
      if (this.separator === undefined) {
        this.firstKey ??= FIRST_KEY.exec(text)?.[0];
        this.separatorFrom = end > 0 && chunk.charCodeAt(end - 1) === CLOSE_BRACE ? end - 1 : -1;
      }
    }
    this.elementParts = [];
    this.elementStart = -1;
    this.elementScalar = false;
    this.elementDepth = 0;
  }
}
