/** ASCII punctuation: a backslash before one of these escapes it, so a backslash of the text must be doubled there. */
const BEFORE_PUNCTUATION = /\\(?=[!-/:-@[-`{-~]|$)/g;
/** Code spans, emphasis, strikethrough, and HTML or autolinks: these act wherever they stand. */
const ALWAYS_LIVE = /[`*~<]/g;
/** An entity such as `&lt;` or `&#60;` would be decoded. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
/** `](` and `][` close a link's text; a lone `]` (as in `Student.id [98659]`) links nothing. */
const LINK_CLOSE = /\](?=[([])/g;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/** Where GFM would start a link of its own: the address runs to the next space. */
const ADDRESS = /(?:https?:\/\/|www\.)\S*/gi;

/**
 * Log text for a Markdown line, inert but readable: line breaks folded, and a backslash only before what would act
 * where it stands. The text always follows a label of ours on its line, so line-start syntax (headings, lists,
 * quotes, link definitions) cannot arise, and the notes using this have no tables, so `|` is left alone. Intraword
 * underscores (`Alan_Turing`, `student_id`) are not emphasis in CommonMark and stay as they are. Web addresses go
 * in code spans: shown exactly, and not turned into links a log line could aim anywhere.
 */
export function inlineMarkdown(text: string): string {
  const folded = text.replace(/\r\n|\r|\n/g, " ");
  let out = "";
  let at = 0;
  for (const match of folded.matchAll(ADDRESS)) {
    const address = withoutTrailingPunctuation(match[0]);
    out += escapeInline(folded.slice(at, match.index)) + codeSpan(address);
    at = match.index + address.length;
  }
  return out + escapeInline(folded.slice(at));
}

/**
 * The address without the punctuation that ends the sentence around it, as GFM reads one: a final `.`, `,`, `:`,
 * quote and the like, and a `)` it did not open ("(see https://x.org/a)" ends at "a"). Inside the code span, the
 * `)` of "(add --canvas-url https://…)" was copied with the address.
 */
function withoutTrailingPunctuation(address: string): string {
  let end = address.length;
  for (;;) {
    const last = address[end - 1] ?? "";
    if ("?!.,:;*_~'\"".includes(last)) end--;
    else if (last === ")" && count(address, ")", end) > count(address, "(", end)) end--;
    else return address.slice(0, end);
  }
}

function count(text: string, char: string, end: number): number {
  let n = 0;
  for (let at = 0; at < end; at++) if (text[at] === char) n++;
  return n;
}

function escapeInline(text: string): string {
  return text
    .replace(BEFORE_PUNCTUATION, "\\\\")
    .replace(ALWAYS_LIVE, "\\$&")
    .replace(ENTITY, "\\&")
    .replace(LINK_CLOSE, "\\]")
    .replace(/_/g, (underscore, at: number, whole: string) =>
      ALPHANUMERIC.test(whole[at - 1] ?? "") && ALPHANUMERIC.test(whole[at + 1] ?? "") ? underscore : "\\_",
    );
}

/** Text without spaces as a code span whose fence is longer than its own backtick runs. */
function codeSpan(text: string): string {
  const fence = "`".repeat(longestBacktickRun(text) + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

/**
 * Text shown exactly as it is: a fenced code block whose fence is longer than any run of backticks in the text, so
 * nothing in it can close the block or be read as Markdown.
 */
export function verbatimMarkdown(text: string): string {
  const fence = "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
  return `${fence}text\n${text.replace(/\r\n|\r/g, "\n")}\n${fence}`;
}
