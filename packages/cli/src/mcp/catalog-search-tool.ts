import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { CatalogEntry, formatCount, matchMessage, normalizeSis, plural } from "@sis/core";
import { z } from "zod";
import type { CliCatalog } from "../catalog/load.js";
import { checkSis } from "../commands/check-sis.js";
import { UsageError } from "../usage-error.js";
import { expects } from "./argument-error.js";
import { SIS_ARGUMENT } from "./log-input.js";
import { guarded, largestResultThatFits, RESULT_CHAR_LIMIT, toolResult } from "./tool-result.js";

const SEARCH_LIMIT = 10;
const MAX_LIMIT = 100;

const SearchInput = {
  query: z
    .string(expects("words or an error message, as text"))
    .optional()
    .describe("Words every entry must contain (id, title, meaning, fix, sample lines), or a whole error message"),
  sis: z
    .string(expects("the name of an SIS, such as aspen or powerschool"))
    .optional()
    .describe("Only this SIS's entries (aspen, powerschool, infinite-campus, canvas, …)"),
  limit: z
    .number(expects(`a whole number from 1 to ${MAX_LIMIT}`))
    .int()
    .min(1)
    .max(MAX_LIMIT)
    .optional()
    .describe(
      `Entries to return; default ${SEARCH_LIMIT}; fewer when more would pass ${formatCount(RESULT_CHAR_LIMIT)} characters`,
    ),
};

const SearchOutput = {
  total: z.number().int().describe("Entries that fit the search"),
  entries: z.array(CatalogEntry).describe("The first `limit` of them: those whose pattern matches the query first"),
  catalogVersion: z.string(),
};

/** `catalog_search`: words or an SIS → whole catalog entries. */
export function registerCatalogSearchTool(server: McpServer, catalog: CliCatalog): void {
  server.registerTool(
    "catalog_search",
    {
      title: "Search the error catalog",
      description:
        "Find catalog entries of known SIS grade passback errors by words (or a whole message) and/or by SIS. " +
        "Each entry has its meaning, fix per actor, escalation, provenance and sample messages.",
      inputSchema: SearchInput,
      outputSchema: SearchOutput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (input) =>
      guarded(() => {
        const found = searchCatalog(catalog, input.query, input.sis);
        const asked = Math.min(input.limit ?? SEARCH_LIMIT, found.length);
        const head = `${plural(found.length, "entry", "entries")} of catalog ${catalog.compiled.version}`;
        return largestResultThatFits(asked, (kept) => {
          const entries = found.slice(0, kept);
          const lines = entries.map((entry) => `${entry.id} (${entry.sis}): ${entry.title}`);
          const cut =
            kept < asked
              ? ` (only ${kept} of the ${asked} asked for fit in ${formatCount(RESULT_CHAR_LIMIT)} ` +
                "characters: narrow the query, or read each entry as the resource gpb-catalog://entries/{id})"
              : "";
          return toolResult({ total: found.length, entries, catalogVersion: catalog.compiled.version }, [
            [head + (found.length > entries.length ? `, the first ${entries.length}${cut}:` : ":"), ...lines].join(
              "\n",
            ),
          ]);
        });
      }),
  );
}

/** Entries of the SIS (if given) that contain every word; entries whose pattern matches the query come first. */
export function searchCatalog(catalog: CliCatalog, query: string | undefined, sis: string | undefined): CatalogEntry[] {
  const words = (query ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && sis === undefined) {
    throw new UsageError("expected `query` (words or a message) or `sis`, got neither");
  }
  checkSis(sis, catalog.compiled.sisSlugs, { argument: SIS_ARGUMENT, generic: true });
  const slug = sis === undefined ? undefined : (normalizeSis(sis) ?? sis.toLowerCase());
  const { entries } = catalog.compiled;
  const matched = new Set<string>();
  if (query !== undefined && words.length > 0) {
    const best = matchMessage(catalog.compiled, query, slug === undefined ? {} : { sis: slug });
    const ids = best === null ? [] : best.entry === null ? best.candidates : [best.entry.id, ...best.alternatives];
    for (const id of ids) matched.add(id);
  }
  return entries
    .filter((entry) => slug === undefined || entry.sis === slug)
    .filter((entry) => matched.has(entry.id) || containsAll(entry, words))
    .sort((a, b) => Number(matched.has(b.id)) - Number(matched.has(a.id)));
}

function containsAll(entry: CatalogEntry, words: readonly string[]): boolean {
  const text = [
    entry.id,
    entry.sis,
    entry.title,
    entry.meaning,
    ...Object.values(entry.fix).flat(),
    ...entry.samples.match.map((sample) => sample.line),
  ]
    .join("\n")
    .toLowerCase();
  return words.every((word) => text.includes(word));
}
