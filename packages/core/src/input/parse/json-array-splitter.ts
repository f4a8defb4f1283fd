/** One element of the record array, as text, with the line it starts on. */
export interface JsonElement {
  text: string;
  line: number;
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

/**
 * Streams a JSON document and cuts out the elements of its record array one at a time, so memory holds one record,
 * not the document. The record array is the top-level array, or else the first array of objects anywhere inside
 * the top-level object (`{"data":{"results":[…]}}`). Nesting is tracked with a counter, never recursion.
 */
export class JsonArraySplitter {
  /**
   * @param acceptsNested decides from its first element whether a nested array of objects holds the records, so
   *   `{"meta":{"tags":[{"k":"v"}]},"data":[…]}` skips the tags; a rejected array is skipped and seeking resumes.
   */
  constructor(private readonly acceptsNested: (firstElement: string) => boolean) {}

  private mode: "seek" | "elements" | "after" = "seek";
  private depth = 0;
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
  /** Whether the array being read is nested (its first element is then checked by `acceptsNested`). */
  private arrayNested = false;
  private firstElementPending = false;
  /** The document so far while no record array is found, for a lone top-level object. */
  private documentParts: string[] | undefined = [];
  private documentLength = 0;

  push(chunk: string): JsonElement[] {
    const elements: JsonElement[] = [];
    if (this.documentParts !== undefined && this.mode === "seek") this.keepDocument(chunk);
    if (this.elementStart >= 0 || this.elementParts.length > 0) this.elementStart = 0;
    for (let index = 0; index < chunk.length; index++) {
      const code = chunk.charCodeAt(index);
      if (code === 10) {
        if (!this.lastWasCr) this.line++;
        this.lastWasCr = false;
      } else if (code === 13) {
        this.line++;
        this.lastWasCr = true;
      } else this.lastWasCr = false;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === BACKSLASH) this.escaped = true;
        else if (code === QUOTE) {
          this.inString = false;
          if (this.elementScalar) this.completeElement(chunk, index + 1, elements);
        }
        continue;
      }
      if (this.mode === "elements" || this.stepStructure(code)) this.stepElement(chunk, index, code, elements);
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
    this.arrayNested = this.depth > 1;
    this.firstElementPending = true;
    this.arrayLine = this.line;
    this.documentParts = undefined;
  }

  /** Inside the record array: cut out elements. */
  private stepElement(chunk: string, index: number, code: number, elements: JsonElement[]): void {
    if (this.elementDepth === 0 && !this.elementScalar) {
      if (code <= 32 || code === COMMA) return;
      if (code === CLOSE_BRACKET) {
        this.depth--;
        this.mode = "after";
        return;
      }
      if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        this.depth++;
        this.elementDepth = 1;
        this.startElement(index, false);
      } else {
        this.startElement(index, true);
        if (code === QUOTE) this.inString = true;
      }
      return;
    }
    if (this.elementScalar) {
      // A number or literal ends at the next separator; the separator is handled as between elements.
      if (code <= 32 || code === COMMA || code === CLOSE_BRACKET) {
        this.completeElement(chunk, index, elements);
        this.stepElement(chunk, index, code, elements);
      }
      return;
    }
    if (code === QUOTE) this.inString = true;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      this.elementDepth++;
      this.depth++;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      this.elementDepth--;
      this.depth--;
      if (this.elementDepth === 0) this.completeElement(chunk, index + 1, elements);
    }
  }

  private startElement(index: number, scalar: boolean): void {
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
    else elements.push({ text, line: this.elementLine });
    this.elementParts = [];
    this.elementStart = -1;
    this.elementScalar = false;
    this.elementDepth = 0;
  }
}
