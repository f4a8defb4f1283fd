/**
 * What a log writes around a SIS's message: the stage that failed (`PostGrades:`, `Post Submissions -`), a bracketed
 * tag (`[student 123]`, `[req 9f2c]`), a chain of components (`grade-sync -> aspen ->`), an error class or word
 * (`Error:`, `RuntimeError:`) and an HTTP status (`409 Conflict:`, `HTTP/1.1 500 Internal Server Error -`). Each is
 * anchored at the start and backtracks only within a word or two, so a long message costs one pass.
 */
const LEADING_WRAPPERS: readonly RegExp[] = [
  // No length bound: masking may shorten a tag, and a bound would then strip it from the template only.
  /^\[[^[\]]+\]\s*:?\s*/,
  /^(?:fetch\s*snapshot|update\s*sync\s*time|(?:get|post)\s*(?:assignments|submissions|grades|scores)|sync\s*to\s*sis|grade\s*(?:sync|passback))(?:\s*(?:stage|step))?(?:\s*failed)?\s*(?::|\s-|\s–|\s\|)\s*/i,
  /^[A-Z][a-z]+(?:[A-Z][a-z]+)+(?:\s*:|\s+-|\s+–|\s+\|)\s+/,
  /^[\w.:/-]{1,40}\s+(?:->|=>|→)\s+/,
  /^(?:[A-Z][\w.]{0,60}(?:Error|Exception)|[Ee]rror|ERROR|[Ff]atal|FATAL|[Ff]ailed|FAILED|[Ww]arning|WARNING)\s*:\s*/,
  /^(?:HTTP(?:\/\d(?:\.\d)?)?\s*)?[1-5]\d\d(?:\s+[A-Z][A-Za-z'-]*){0,4}\s*(?::|\s-|\s–|\s\|)\s*/,
  /^\((?:HTTP|status|code)\s*[1-5]\d\d\)\s*:?\s*/i,
  /^(?:HTTP|error|status(?:\s*code)?|response(?:\s*code)?|code)\s*[1-5]\d\d\s*(?::|\s-|\s–|\s\|)\s*/i,
];

/** A rest with no letter or digit is no message: the wrapper was all there was. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The message without the wrappers a log put before it, so that the same error reads the same with and without
 * them. A text that is nothing but wrappers is kept as it is. Stripping its result again changes nothing.
 */
export function stripWrappers(message: string): string {
  let rest = message.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const wrapper of LEADING_WRAPPERS) {
      const match = wrapper.exec(rest);
      if (match === null || match[0].length === 0) continue;
      const inner = rest.slice(match[0].length);
      if (!HAS_WORD.test(inner)) continue;
      rest = inner;
      changed = true;
    }
  }
  return rest;
}
