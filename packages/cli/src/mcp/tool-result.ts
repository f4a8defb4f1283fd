import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { describeFailure, USAGE_HINT } from "../failure.js";

/**
 * A tool's failure as the CLI says it on stderr before exiting with code 2 (same text, same codes), without the
 * pointer to `--help`, which means nothing to an MCP client.
 */
export function toolError(error: unknown): CallToolResult {
  const lines = describeFailure(error).filter((line) => line !== `(${USAGE_HINT})`);
  return { isError: true, content: [{ type: "text", text: lines.join("\n") }] };
}

/** A result with structured content and the text an agent reads first (clients that ignore structure show it). */
export function toolResult(structured: Record<string, unknown>, texts: readonly string[]): CallToolResult {
  return { structuredContent: structured, content: texts.map((text) => ({ type: "text" as const, text })) };
}

/** Run a tool's body; anything it throws becomes a tool error with the CLI's message. */
export async function guarded(body: () => Promise<CallToolResult> | CallToolResult): Promise<CallToolResult> {
  try {
    return await body();
  } catch (error) {
    return toolError(error);
  }
}

/**
 * The most one result holds, structured content and text together (about 25k tokens, what agents' clients commonly
 * accept from a tool); a tool that lists things keeps fewer than asked past it, and says so.
 */
export const RESULT_CHAR_LIMIT = 100_000;

/**
 * The result of the most of `asked` items whose size fits in RESULT_CHAR_LIMIT (at least one item, however large):
 * a result past what an agent's client accepts is cut or refused there, and its reader loses all of it.
 */
export function largestResultThatFits(asked: number, build: (items: number) => CallToolResult): CallToolResult {
  const whole = build(asked);
  if (asked <= 1 || sizeOf(whole) <= RESULT_CHAR_LIMIT) return whole;
  // The size grows with the items kept, so the largest that fits is found by halving.
  let [fits, tooBig, best] = [1, asked, build(1)];
  while (tooBig - fits > 1) {
    const middle = Math.floor((fits + tooBig) / 2);
    const candidate = build(middle);
    if (sizeOf(candidate) <= RESULT_CHAR_LIMIT) [fits, best] = [middle, candidate];
    else tooBig = middle;
  }
  return best;
}

/** Characters an agent's client receives: the structured content and the text blocks. */
export function sizeOf(result: CallToolResult): number {
  const texts = result.content.reduce((sum, block) => sum + (block.type === "text" ? block.text.length : 0), 0);
  return JSON.stringify(result.structuredContent ?? {}).length + texts;
}
