import type { Example } from "@sis/core";
import type { Block } from "./document.js";
import type { Issue } from "./escalation-issues.js";
import { assignmentLabel } from "./labels.js";

/** Support practice: an escalation carries specific examples, never "grades are not syncing". */
const EXAMPLES_PER_ISSUE = 3;

/** The first few examples, one block per distinct text with every line it was seen on. */
export function exampleBlocks(places: Issue["places"], inputNames: boolean): Block[] {
  const texts = new Map<string, { assignments: Set<string>; lines: Example[] }>();
  for (const { group, finding } of places) {
    for (const example of finding.examples) {
      const seen = texts.get(example.message) ?? { assignments: new Set<string>(), lines: [] };
      if (!texts.has(example.message) && texts.size >= EXAMPLES_PER_ISSUE) continue;
      seen.assignments.add(assignmentLabel(group.assignment));
      seen.lines.push(example);
      texts.set(example.message, seen);
    }
  }
  return [...texts].map(([text, { assignments, lines }]) => ({
    kind: "verbatim",
    caption: `Exact error text (${[...assignments].join(", ")}; ${where(lines, inputNames)})`,
    text,
  }));
}

/** The log lines, and the input's base name when several were read: never a path of the sender's machine. */
function where(examples: readonly Example[], inputNames: boolean): string {
  if (!inputNames) return `${examples.length === 1 ? "line" : "lines"} ${examples.map((e) => e.line).join(", ")}`;
  return examples.map((example) => `${inputName(example.source)} line ${example.line}`).join(", ");
}

function inputName(source: string | undefined): string {
  return source === undefined || source === "-" ? "stdin" : baseName(source);
}

function baseName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}
