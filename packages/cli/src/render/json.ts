import type { StreamedReport } from "@sis/core";

/**
 * The report exactly as the contract defines it, laid out for people and line tools alike: objects are indented,
 * and each item of a list (a group, a template, a diagnostic, a timeline series) is one compact line. A district's
 * report stays a third of its fully indented size, `grep` finds a course's group whole, and the report is written
 * group by group as the groups are built, never held whole, as objects or as one string.
 */
export function* renderJson(report: StreamedReport): Generator<string> {
  yield* valueJson(report, "");
  yield "\n";
}

function* valueJson(value: unknown, indent: string): Generator<string> {
  if (value === null || typeof value !== "object") {
    yield JSON.stringify(value);
  } else if (Array.isArray(value) || Symbol.iterator in value) {
    yield* listJson(value as Iterable<unknown>, indent);
  } else {
    yield* objectJson(value as Record<string, unknown>, indent);
  }
}

function* objectJson(value: Record<string, unknown>, indent: string): Generator<string> {
  const fields = Object.entries(value).filter(([, field]) => field !== undefined);
  if (fields.length === 0) {
    yield "{}";
    return;
  }
  const inner = `${indent}  `;
  yield "{\n";
  for (const [index, [key, field]] of fields.entries()) {
    yield `${inner}${JSON.stringify(key)}: `;
    yield* valueJson(field, inner);
    yield index < fields.length - 1 ? ",\n" : "\n";
  }
  yield `${indent}}`;
}

/** A list one item per line; an item's trailing comma is known only once the next one arrives (groups stream). */
function* listJson(items: Iterable<unknown>, indent: string): Generator<string> {
  const inner = `${indent}  `;
  let previous: string | undefined;
  for (const item of items) {
    yield previous === undefined ? "[\n" : `${previous},\n`;
    previous = `${inner}${JSON.stringify(item)}`;
  }
  yield previous === undefined ? "[]" : `${previous}\n${indent}]`;
}
