import type { Report } from "@sis/core";

/**
 * The report exactly as the contract defines it, indented for people who read it too. Written group by group:
 * the text is the same as `JSON.stringify(report, null, 2)`, but a district's report (tens of MB) is never held as
 * one string next to the report itself.
 */
export function* renderJson(report: Report): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  yield "{\n";
  for (const [index, [key, value]] of entries.entries()) {
    const separator = index < entries.length - 1 ? ",\n" : "\n";
    if (key === "groups" && Array.isArray(value) && value.length > 0) {
      yield '  "groups": [\n';
      for (const [at, group] of value.entries()) {
        yield `    ${indent(JSON.stringify(group, null, 2), "    ")}${at < value.length - 1 ? ",\n" : "\n"}`;
      }
      yield `  ]${separator}`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), "  ")}${separator}`;
    }
  }
  yield "}\n";
}

function indent(json: string, prefix: string): string {
  return json.replaceAll("\n", `\n${prefix}`);
}
