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
