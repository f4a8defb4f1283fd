import { plural } from "@sis/core";

/**
 * Text from a log as a person should see it: direction-changing control characters (U+202E and friends, which
 * can make a message read backwards or hide part of it) shown as visible marks, and very long text cut with a note
 * of how much was left out. Applied on the server and, the same way, by the page script.
 */
export const TEXT_LIMIT = 2_000;

const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function visibleControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (char) => `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`);
}

/** At most `limit` characters, and what was cut said in words (the JSON report keeps the whole text). */
export function shownText(text: string, limit = TEXT_LIMIT): string {
  const cut =
    text.length > limit ? `${text.slice(0, limit)}… (${plural(text.length - limit, "more character")})` : text;
  return visibleControls(cut);
}
