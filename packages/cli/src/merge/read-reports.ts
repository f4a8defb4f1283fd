import { InputError, type InputSource, type NamedReport, parseReport } from "@sis/core";
import { openInput, STDIN_NAME } from "@sis/core/node";
import type { CliIo } from "../io.js";
import { lineAt, splitJsonValues } from "./json-values.js";

/**
 * The reports in the given files (or stdin), one after another in the order given, each file read only when the
 * previous one has been used: a merge of thousands of shards never holds more than one file's text.
 */
export async function* readReports(paths: readonly string[], io: CliIo): AsyncGenerator<NamedReport> {
  for (const path of paths.length === 0 ? [STDIN_NAME] : paths) {
    const { name, data } = openInput(path, io.stdin.data);
    const shown = name === STDIN_NAME ? "stdin" : name;
    const text = await textOf(data);
    const whole = parsedWhole(text);
    if (whole !== undefined) {
      yield { name: shown, report: parseReport(whole, shown) };
      continue;
    }
    const values = splitJsonValues(text);
    if (values.length === 0) throw new InputError("not-a-report", "expected a JSON report, got no text", shown);
    for (const [index, value] of values.entries()) {
      const where = values.length === 1 ? shown : `${shown}#${index + 1}`;
      const json = parseJson(value.text, shown, () => lineAt(text, value.start));
      yield { name: where, report: parseReport(json, where) };
    }
  }
}

/** Most files hold one report: parsed at once, without looking for where values end. */
function parsedWhole(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function textOf(data: InputSource): Promise<string> {
  const decoder = new TextDecoder("utf-8");
  if (typeof data === "string") return data;
  if (data instanceof Uint8Array) return decoder.decode(data);
  let text = "";
  for await (const chunk of data) text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

function parseJson(text: string, source: string, line: () => number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const start = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    throw new InputError(
      "not-a-report",
      `expected a JSON report (from \`gpb-analyze --mergeable\`), got text that is not JSON (${reason}): ${JSON.stringify(start)}`,
      source,
      line(),
    );
  }
}
