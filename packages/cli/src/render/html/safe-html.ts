import { visibleControls } from "./log-text.js";

/**
 * Markup built by the `html` tag: every interpolated string or number is escaped (and its direction controls made
 * visible), so text from a log can only ever become text. Markup is inserted unescaped only when it is itself a
 * SafeHtml (made by this tag).
 */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe in element content and in a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] as string;
  for (let i = 0; i < values.length; i++) markup += markupOf(values[i]) + (strings[i + 1] as string);
  return new SafeHtml(markup);
}

function markupOf(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(markupOf).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(visibleControls(String(value)));
}

/** An http(s) URL as given, for a link; anything else (javascript:, data:, a typo) gets no link at all. */
export function linkableUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}
