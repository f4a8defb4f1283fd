import type { Block, Field } from "./document.js";
import { inlineMarkdown as md, verbatimMarkdown } from "./markdown-inline.js";

/** A URL shown as an autolink only when nothing in it could end the link early or smuggle markup in. */
const SAFE_URL = /^https?:\/\/[^\s<>`\\]+$/;

/** Blocks as GitHub-flavoured Markdown; log text stays inert (see inlineMarkdown and verbatimMarkdown). */
export function documentMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(blockMarkdown).join("\n\n")}\n`;
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case "heading":
      // A heading's trailing run of # would be read as its closing sequence and dropped.
      return `${"#".repeat(block.level)} ${md(block.text).replace(/ (#+)$/, " \\$1")}`;
    case "fields":
      return block.fields.map((field) => `- **${field.label}:** ${fieldValue(field)}`).join("\n");
    case "paragraph":
      return `**${block.label}:** ${md(block.text)}`;
    case "list":
      return [
        `**${block.label}:**`,
        "",
        ...block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${md(item)}`),
      ].join("\n");
    case "verbatim":
      return `${md(block.caption)}:\n\n${verbatimMarkdown(block.text)}`;
    case "checklist":
      return block.items.map((item) => `- [${item.done ? "x" : " "}] ${md(item.text)}`).join("\n");
  }
}

function fieldValue(field: Field): string {
  return field.url && SAFE_URL.test(field.value) ? `<${field.value}>` : md(field.value);
}
