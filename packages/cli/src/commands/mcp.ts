import { EXIT_CODES, type ExitCode } from "@sis/core";
import { loadCliCatalog } from "../catalog/load.js";
import type { CliIo } from "../io.js";
import { CliIoTransport } from "../mcp/cli-io-transport.js";
import { createMcpServer } from "../mcp/server.js";

export interface McpFlags {
  catalog: string[];
}

/**
 * `gpb-analyze mcp`: a Model Context Protocol server on stdin/stdout until the client closes stdin. The catalog is
 * loaded (and checked) once, before the first message, so a bad --catalog directory fails at start with exit 2.
 */
export async function runMcp(flags: McpFlags, io: CliIo): Promise<ExitCode> {
  const catalog = await loadCliCatalog(flags.catalog);
  const server = createMcpServer(catalog);
  const transport = new CliIoTransport(io);
  // Protocol errors (a line that is not JSON-RPC) go to stderr, which MCP clients keep as the server's log.
  transport.onerror = (error) => io.stderr.write(`mcp: ${error.message}\n`);
  if (io.stdin.isTTY) {
    io.stderr.write("gpb-analyze mcp: an MCP server, waiting for a client's messages on stdin (Ctrl-D ends it)\n");
  }
  await server.connect(transport);
  await transport.closed;
  await server.close();
  return EXIT_CODES.clean;
}
