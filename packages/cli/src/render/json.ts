import type { Group, StreamedReport } from "@sis/core";

/**
 * The report exactly as the contract defines it, indented for people who read it too. Written group by group, as
 * the groups are built: the text is the same as `JSON.stringify(report, null, 2)`, but a district's report (tens
 * of MB) is never held whole, as objects or as one string.
 */
export function* renderJson(report: StreamedReport): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  yield "{\n";
  for (const [index, [key, value]] of entries.entries()) {
    const separator = index < entries.length - 1 ? ",\n" : "\n";
    if (key === "groups") {
      yield* groupsJson(value as Iterable<Group>, separator);
    } else {
      yield `  ${JSON.stringify(key)}: ${nestedJson(value, 1)}${separator}`;
    }
  }
  yield "}\n";
}

/** `"groups": [...]` one group at a time; a group's trailing comma is known only once the next one arrives. */
function* groupsJson(groups: Iterable<Group>, separator: string): Generator<string> {
  let previous: string | undefined;
  for (const group of groups) {
    yield previous === undefined ? '  "groups": [\n' : `${previous},\n`;
    previous = `    ${nestedJson(group, 2)}`;
  }
  yield previous === undefined ? `  "groups": []${separator}` : `${previous}\n  ]${separator}`;
}

/**
 * `JSON.stringify(value, null, 2)` as it reads `depth` levels deep in the document. Wrapping the value in `depth`
 * arrays lets JSON.stringify indent it in one pass; re-indenting its text afterwards copied every group twice.
 */
function nestedJson(value: unknown, depth: number): string {
  let wrapped: unknown = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const json = JSON.stringify(wrapped, null, 2);
  // Cut the wrapping arrays' own lines: "[\n  " per level before the value, "\n]" per level after it.
  let head = 0;
  let tail = json.length;
  for (let level = 0; level < depth; level++) {
    head += 2 + 2 * (level + 1);
    tail -= 2 + 2 * level;
  }
  return json.slice(head, tail);
}
