/** Characters that Markdown (GFM) would read as formatting, links, HTML or table cell borders. */
const FORMATTING = /[\\`*_[\]<>|~&#]/g;

/**
 * Log text made inert for Markdown: every formatting character backslash-escaped and line breaks folded into
 * spaces, so a message can neither break a table row nor inject a link or HTML into a ticket. The one escape every
 * Markdown renderer uses.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|\r|\n/g, " ").replace(FORMATTING, "\\$&");
}
