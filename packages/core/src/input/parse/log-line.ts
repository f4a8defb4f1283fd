import { isDigitCode, isDigits } from "../../util/digits.js";
import { fieldForName } from "../fields/field-aliases.js";
import { parseDate } from "../fields/parse-date.js";

/** One text log line taken apart. */
export interface LogLine {
  /** The timestamp at the start of the line, normalised to ISO; undefined when there is none. */
  timestamp?: string;
  /** The timestamp reads only in the slash order not asked for (`14/09/2025` asked month first), and was read so. */
  otherOrder?: boolean;
  /** A level word such as ERROR or [warn]. */
  level?: string;
  /** `key=value` and `key="quoted value"` pairs, as [key, value, key, value, …]. */
  pairs: string[];
  /** The text that is neither prefix nor pair, single-spaced. */
  freeText: string;
}

const LEVEL_WORDS = new Set([
  "ERROR",
  "ERR",
  "WARN",
  "WARNING",
  "INFO",
  "DEBUG",
  "FATAL",
  "TRACE",
  "CRITICAL",
  "NOTICE",
  "SEVERE",
]);

/** A prefix of at most this many tokens (timestamp parts, level, bracketed fields) is looked at. */
const MAX_PREFIX_TOKENS = 5;

/**
 * Splits a service log line: leading `[timestamp]`/timestamp and `[LEVEL]`/LEVEL tokens, then `key=value` pairs
 * and bracketed `[key:value]` fields anywhere, and the free text around them. Char checks only; no regex per line.
 * `keyHints` are the keys the last line had at each pair position: a log repeats them on every line, and a key equal
 * to its hint is returned as the hint itself, not as a new string. `dayFirst` says how a slash date is read
 * (`03/09/2025` is 3 September day first); a date only the other order reads is still the timestamp, flagged.
 */
export function parseLogLine(line: string, keyHints: readonly string[] = [], dayFirst = false): LogLine {
  const result: LogLine = { pairs: [], freeText: "" };
  let position = skipSpaces(line, 0);
  position = readPrefix(line, position, result, dayFirst);
  let free = "";
  // One look for a backslash per line: most lines have none, so a quoted value simply ends at its next quote.
  const escapes = line.includes("\\");
  while (position < line.length) {
    if (line.charCodeAt(position) === 91 /* [ */) {
      const bracketEnd = readBracketedField(line, position, result.pairs);
      if (bracketEnd > position) {
        position = skipSpaces(line, bracketEnd);
        continue;
      }
    }
    const pairEnd = readPair(line, position, result.pairs, escapes, keyHints[result.pairs.length >> 1]);
    if (pairEnd > position) {
      position = skipSpaces(line, pairEnd);
      continue;
    }
    const wordEnd = endOfWord(line, position);
    free = free.length === 0 ? line.slice(position, wordEnd) : `${free} ${line.slice(position, wordEnd)}`;
    position = skipSpaces(line, wordEnd);
  }
  result.freeText = free;
  return result;
}

function readPrefix(line: string, start: number, result: LogLine, dayFirst: boolean): number {
  let position = start;
  for (let tokens = 0; tokens < MAX_PREFIX_TOKENS && position < line.length; tokens++) {
    if (line.charCodeAt(position) === 91 /* [ */) {
      const close = line.indexOf("]", position + 1);
      if (close < 0) return position;
      const inner = line.slice(position + 1, close).trim();
      if (!takePrefixToken(inner, result, true, dayFirst) && !takeBracketedPair(inner, result.pairs)) {
        // Java's logback and log4j write the thread before the level: `[pool-3-thread-2] ERROR`.
        const next = skipSpaces(line, close + 1);
        const level = levelWordOf(line.slice(next, endOfWord(line, next)), false);
        if (result.level !== undefined || level === undefined) return position;
      }
      position = skipSpaces(line, close + 1);
      continue;
    }
    const end = endOfWord(line, position);
    const token = line.slice(position, end);
    if (result.timestamp === undefined && isDigitCode(token.charCodeAt(0))) {
      const dateEnd = readTimestamp(line, position, end, result, dayFirst);
      if (dateEnd > 0) {
        position = skipSpaces(line, dateEnd);
        continue;
      }
    }
    if (!takePrefixToken(token, result, false, dayFirst)) break;
    position = skipSpaces(line, end);
  }
  return result.level === undefined ? position : afterLogger(line, position);
}

/**
 * After the level, where the message starts when a Java logger's name comes first: logback and log4j write
 * `ERROR c.i.g.PassbackService - message`, Spring Boot `ERROR 12345 --- [main] c.i.g.PassbackService : message`.
 * The logger is a dotted class name followed by ` - ` or ` : `; anything else is the message itself, kept whole.
 */
function afterLogger(line: string, start: number): number {
  let position = start;
  // Spring Boot: the process id and `---`, then the thread (and application) in brackets.
  const pidEnd = endOfWord(line, position);
  if (pidEnd > position && isDigits(line, position, pidEnd) && line.startsWith("--- ", skipSpaces(line, pidEnd))) {
    position = skipSpaces(line, skipSpaces(line, pidEnd) + 3);
    while (line.charCodeAt(position) === 91 /* [ */) {
      const close = line.indexOf("]", position + 1);
      if (close < 0) return start;
      position = skipSpaces(line, close + 1);
    }
  }
  const loggerEnd = endOfWord(line, position);
  const separator = skipSpaces(line, loggerEnd);
  const separated = (line.startsWith("- ", separator) || line.startsWith(": ", separator)) && separator > loggerEnd;
  // The separator is looked for first: most lines have none, and cost no substring.
  if (!separated || !JAVA_LOGGER.test(line.slice(position, loggerEnd))) return start;
  return skipSpaces(line, separator + 1);
}

/** A class name with its package, in full or shortened as logback does: `c.i.g.PassbackService`. */
const JAVA_LOGGER = /^[A-Za-z_$][\w$]*(?:\.[\w$]+)+$/;

/** Takes a timestamp of one to three tokens (`2025-09-14T10:02:58Z`, `2025-09-14 10:02:58`, `9/14/2025 1:02 PM`). */
function readTimestamp(line: string, start: number, firstEnd: number, result: LogLine, dayFirst: boolean): number {
  let end = firstEnd;
  let found = -1;
  for (let tokens = 1; tokens <= 3 && end > start; tokens++) {
    if (takeDate(line.slice(start, end), result, dayFirst)) found = end;
    const next = skipSpaces(line, end);
    // Only a time, an AM/PM or a zone can continue a date: "2025-09-14T10:02:58Z ERROR" stops after one token.
    if (next >= line.length || !continuesDate(line, next)) break;
    end = endOfWord(line, next);
  }
  return found;
}

const DATE_CONTINUATIONS = new Set(["AM", "PM", "am", "pm", "UTC", "GMT", "Z"]);

function continuesDate(line: string, start: number): boolean {
  const code = line.charCodeAt(start);
  if (isDigitCode(code) || code === 43 /* + */ || code === 45 /* - */) return true;
  const end = endOfWord(line, start);
  // No continuation is longer than three characters: a longer word is not even cut out.
  return end - start <= 3 && DATE_CONTINUATIONS.has(line.slice(start, end));
}

/**
 * Sets the timestamp when the text is a date in the asked slash order or, failing that, in the other one: a log
 * whose order was decided from its first lines may still hold a line written the other way, and that line's date
 * is its date all the same (the caller counts it, as a CSV column's contradictions are counted).
 */
function takeDate(text: string, result: LogLine, dayFirst: boolean): boolean {
  const iso = parseDate(text, dayFirst);
  if (iso !== undefined) {
    result.timestamp = iso;
    if (result.otherOrder === true) result.otherOrder = undefined;
    return true;
  }
  // Only a failed slash date pays for the second look.
  const other = text.indexOf("/") > 0 ? parseDate(text, !dayFirst) : undefined;
  if (other === undefined) return false;
  result.timestamp = other;
  result.otherOrder = true;
  return true;
}

function takePrefixToken(token: string, result: LogLine, bracketed: boolean, dayFirst: boolean): boolean {
  if (result.timestamp === undefined && isDigitCode(token.charCodeAt(0)) && takeDate(token, result, dayFirst)) {
    return true;
  }
  if (result.level !== undefined) return false;
  const word = levelWordOf(token, bracketed);
  if (word === undefined) return false;
  result.level = word;
  return true;
}

/**
 * The level a token names (`ERROR`, `WARN:`, bracketed `[warn]`), without its colon; undefined for any other word.
 * Unbracketed, only upper case counts: "Error posting grade" is a message, "ERROR" a level.
 */
function levelWordOf(token: string, bracketed: boolean): string | undefined {
  const word = token.endsWith(":") ? token.slice(0, -1) : token;
  return LEVEL_WORDS.has(bracketed ? word.toUpperCase() : word) ? word : undefined;
}

/**
 * A bracketed field in the prefix, `[course:4411]`, `[user=55123]` or `[assignment: Quiz 2]`: a key of key characters
 * (at most one key's length), then `:` or `=`, then a value. Keeps the pair; false when the bracket holds no such field.
 */
function takeBracketedPair(inner: string, pairs: string[]): boolean {
  let end = 0;
  while (end < inner.length && end <= MAX_BRACKET_KEY && isKeyCode(inner.charCodeAt(end))) end++;
  const separator = inner.charCodeAt(end);
  // A key starts with a letter: `[10:02:58]` is a time, not a field.
  const letter = (inner.charCodeAt(0) | 32) >= 97 && (inner.charCodeAt(0) | 32) <= 122;
  if (!letter || (separator !== 58 /* : */ && separator !== 61) /* = */) return false;
  const value = inner.slice(end + 1).trim();
  if (value.length === 0) return false;
  pairs.push(inner.slice(0, end), value);
  return true;
}

/**
 * A bracketed field after the prefix (`ERROR [GradeSync] [course:4411] …`): taken only when its key names a field,
 * so bracketed words of a message (`[note: retry later]`) stay in the message. Returns the end, or `start`.
 */
function readBracketedField(line: string, start: number, pairs: string[]): number {
  const close = line.indexOf("]", start + 1);
  if (close < 0) return start;
  const inner = line.slice(start + 1, close).trim();
  const before = pairs.length;
  if (!takeBracketedPair(inner, pairs)) return start;
  if (fieldForName(pairs[before] as string) !== undefined) return close + 1;
  pairs.length = before;
  return start;
}

/** Longer than any field name a log uses: a longer run before `:` is a word of a message, not a key. */
const MAX_BRACKET_KEY = 40;

/**
 * Reads `key=value` or `key="quoted \"value\""` at `start`; returns the end, or `start` when there is no pair.
 * `escapes`: the line has a backslash somewhere. `hint`: the key expected here.
 */
function readPair(line: string, start: number, pairs: string[], escapes: boolean, hint: string | undefined): number {
  let position = start;
  let key: string;
  // A hint is all key characters, so hint + "=" here is exactly the key a scan would find.
  if (hint !== undefined && line.charCodeAt(start + hint.length) === 61 /* = */ && line.startsWith(hint, start)) {
    key = hint;
    position += hint.length;
  } else {
    while (position < line.length && isKeyCode(line.charCodeAt(position))) position++;
    if (position === start || line.charCodeAt(position) !== 61 /* = */) return start;
    key = line.slice(start, position);
  }
  position++;
  const quote = line.charCodeAt(position);
  if (quote === 34 || quote === 39) {
    const close = line.indexOf(quote === 34 ? '"' : "'", position + 1);
    if (close > 0 && (!escapes || !line.slice(position + 1, close).includes("\\"))) {
      // The usual quoted value: no escapes before its closing quote.
      pairs.push(key, line.slice(position + 1, close));
      return close + 1;
    }
    let value = "";
    let from = position + 1;
    for (let index = from; index < line.length; index++) {
      const code = line.charCodeAt(index);
      if (code === 92 /* \ */ && index + 1 < line.length) {
        value += line.slice(from, index);
        from = index + 1;
        index++;
      } else if (code === quote) {
        pairs.push(key, value + line.slice(from, index));
        return index + 1;
      }
    }
    // An unclosed quote runs to the end of the line.
    pairs.push(key, value + line.slice(from));
    return line.length;
  }
  const end = endOfWord(line, position);
  pairs.push(key, line.slice(position, end));
  return end;
}

/** Letters, digits and `_ . - @`: the characters of a key. */
const KEY_CODES = new Uint8Array(128).map((_, code) => (/[A-Za-z0-9_.@-]/.test(String.fromCharCode(code)) ? 1 : 0));

function isKeyCode(code: number): boolean {
  return code < 128 && KEY_CODES[code] === 1;
}

function skipSpaces(line: string, start: number): number {
  let position = start;
  while (position < line.length && line.charCodeAt(position) <= 32) position++;
  return position;
}

function endOfWord(line: string, start: number): number {
  let position = start;
  while (position < line.length && line.charCodeAt(position) > 32) position++;
  return position;
}
