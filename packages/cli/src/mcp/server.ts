import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { TOOL } from "@sis/core";
import type { CliCatalog } from "../catalog/load.js";
import { registerAnalyzeTool } from "./analyze-tool.js";
import { registerCatalogResources } from "./catalog-resources.js";
import { registerCatalogSearchTool } from "./catalog-search-tool.js";
import { registerEscalationTool } from "./escalation-tool.js";
import { registerExplainTool } from "./explain-tool.js";

const INSTRUCTIONS =
  "Explains Canvas grade passback (Grade Sync) failures. Start with `analyze` on the log export (file paths, or " +
  "the text); use `explain` for one message, `catalog_search` to look up known errors, and `escalation` for the " +
  "note to send to the SIS admin or vendor. Catalog entries are also resources (gpb-catalog://entries/{id}).";

/** The MCP server: every tool and resource over one loaded catalog. */
export function createMcpServer(catalog: CliCatalog): McpServer {
  const server = new McpServer({ name: TOOL.name, version: TOOL.version }, { instructions: INSTRUCTIONS });
  registerAnalyzeTool(server, catalog);
  registerExplainTool(server, catalog);
  registerCatalogSearchTool(server, catalog);
  registerEscalationTool(server, catalog);
  registerCatalogResources(server, catalog);
  return server;
}
