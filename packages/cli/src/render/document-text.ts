import type { Block } from "./document.js";

const INDENT = "    ";

/**
 * Blocks as plain text for ticket systems that show Markdown as it is typed: no escapes, headings underlined,
 * log text indented four spaces so it stands apart exactly as it was logged.
 */
export function documentText(blocks: readonly Block[]): string {
  return `${blocks.map(blockText).join("\n\n")}\n`;
}

function blockText(block: Block): string {
  switch (block.kind) {
    case "heading": {
      const text = oneLine(block.text);
      return block.level === 3 ? text : `${text}\n${(block.level === 1 ? "=" : "-").repeat(text.length)}`;
    }
    case "fields":
      return block.fields.map((field) => `${field.label}: ${oneLine(field.value)}`).join("\n");
    case "paragraph":
      return `${block.label}: ${oneLine(block.text)}`;
    case "list":
      return [
        `${block.label}:`,
        ...block.items.map((item, i) => `  ${block.ordered ? `${i + 1}.` : "-"} ${oneLine(item)}`),
      ].join("\n");
    case "verbatim":
      return `${oneLine(block.caption)}:\n${block.text
        .split(/\r\n|\r|\n/)
        .map((line) => `${INDENT}${line}`)
        .join("\n")}`;
    case "checklist":
      return block.items.map((item) => `[${item.done ? "x" : " "}] ${oneLine(item.text)}`).join("\n");
  }
}

/** A value's own line breaks would break the layout: they become spaces. */
function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, " ");
}
