import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CliCatalog } from "../catalog/load.js";

/** `gpb-catalog://entries/{id}`: every catalog entry as a resource, its JSON as `catalog show ID --format json`. */
export const ENTRY_URI_PREFIX = "gpb-catalog://entries/";

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
      if (!entry) throw new Error(`expected the id of a catalog entry, got "${String(id)}", which no entry has`);
      return {
        contents: [{ uri: uri.href, mimeType: "application/json", text: `${JSON.stringify(entry, null, 2)}\n` }],
      };
    },
  );
}
