/**
 * A note as blocks, written once and printed as Markdown or as plain text. Labels are ours; every other string
 * may be log text, which each printer makes inert its own way.
 */
export type Block =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "fields"; fields: readonly Field[] }
  | { kind: "paragraph"; label: string; text: string }
  | { kind: "list"; label: string; items: readonly string[]; ordered?: boolean }
  | { kind: "verbatim"; caption: string; text: string }
  | { kind: "checklist"; items: readonly { done: boolean; text: string }[] };

/** `label: value`; a link when `url` is set (and safe to show as one). */
export interface Field {
  label: string;
  value: string;
  url?: boolean;
}
