import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CliCatalog } from "../catalog/load.js";
import { unknownEntryMessage } from "../catalog/unknown-entry.js";

/** `gpb-catalog://entries/{id}`: every catalog entry as a resource, its JSON as `catalog show ID --format json`. */
export const ENTRY_URI_PREFIX = "gpb-catalog://entries/";

/**
 * The MCP specification's error code for a resource that does not exist ("Resource not found"), which the SDK's
 * ErrorCode lacks; a client told -32603 (internal error) would take a mistyped id for a broken server.
 */
export const RESOURCE_NOT_FOUND = -32002;

/**
 * A read of an id no entry has. The SDK answers with any thrown error's `code`, `message` and `data`; an McpError
 * would put its own "MCP error -32002:" before the message, and the client another.
 */
class ResourceNotFound extends Error {
  readonly code = RESOURCE_NOT_FOUND;
  constructor(
    message: string,
    readonly data: { uri: string },
  ) {
    super(message);
  }
}

export function registerCatalogResources(server: McpServer, catalog: CliCatalog): void {
  const { entries } = catalog.compiled;
  server.registerResource(
    "catalog-entry",
    new ResourceTemplate(`${ENTRY_URI_PREFIX}{id}`, {
      list: () => ({
        resources: entries.map((entry) => ({
          uri: `${ENTRY_URI_PREFIX}${entry.id}`,
          name: entry.id,
          title: entry.title,
          description: `${entry.sis}: ${entry.title}`,
          mimeType: "application/json",
        })),
      }),
      complete: { id: (prefix) => entries.map((entry) => entry.id).filter((id) => id.startsWith(prefix)) },
    }),
    {
      title: "Catalog entry",
      description: "A known SIS grade passback error: meaning, fix per actor, escalation, provenance and samples",
      mimeType: "application/json",
    },
    (uri, { id }) => {
      const entry = entries.find((candidate) => candidate.id === id);
      if (!entry) {
        const ids = entries.map((candidate) => candidate.id);
        const message = unknownEntryMessage(String(id), ids, "resources/list lists them, catalog_search finds them");
        throw new ResourceNotFound(message, { uri: uri.href });
      }
      return {
        contents: [{ uri: uri.href, mimeType: "application/json", text: `${JSON.stringify(entry, null, 2)}\n` }],
      };
    },
  );
}
