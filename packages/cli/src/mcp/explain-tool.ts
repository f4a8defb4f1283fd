import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { CatalogEntry, Fix, maskMessage, matchMessage, renderFix } from "@sis/core";
import { z } from "zod";
import type { CliCatalog } from "../catalog/load.js";
import { checkSis } from "../commands/check-sis.js";
import { renderEntry } from "../render/entry-text.js";
import { expects } from "./argument-error.js";
import { SIS_ARGUMENT } from "./log-input.js";
import { guarded, toolResult } from "./tool-result.js";

const ExplainInput = {
  message: z
    .string(expects("one error message, as text"))
    .min(1)
    .describe("One error message, as the Grade Sync log shows it"),
  sis: z
    .string(expects("the name of an SIS, such as aspen or powerschool"))
    .optional()
    .describe("The school's SIS, when known (aspen, powerschool, …): narrows the choice"),
  httpStatus: z
    .number(expects("an HTTP status, a whole number such as 409"))
    .int()
    .optional()
    .describe("HTTP status logged with the message, when there is one"),
};

const Candidate = z.object({
  entry: CatalogEntry,
  captures: z.record(z.string(), z.string()),
  fix: Fix.describe("The entry's fix per actor with this message's captures filled in"),
});

const ExplainOutput = {
  explained: z.boolean().describe("A catalog entry explains the message"),
  entry: CatalogEntry.nullable().describe("The entry that explains it: meaning, fix per actor, provenance, samples"),
  captures: z.record(z.string(), z.string()).describe("The message's variable parts the entry names"),
  fix: Fix.nullable().describe("Fix steps per actor with the captures filled in"),
  provenance: z
    .enum(["verified", "inferred"])
    .nullable()
    .describe("verified: the message text was seen in a source; inferred: written from a title or an API"),
  sisKnown: z
    .boolean()
    .describe("False when no SIS was given and the wording names none, so no entry could claim it: read `candidates`"),
  candidates: z
    .array(Candidate)
    .describe(
      "When the SIS is unknown and the wording is shared: every entry (one per SIS) whose pattern matches, each as " +
        "it would explain the message; pass `sis` to choose",
    ),
  template: z.string().nullable().describe("For an unexplained message: its template, variable parts masked"),
};

/** `explain`: one message → the entry that explains it, with the fix for each person, or the candidates. */
export function registerExplainTool(server: McpServer, catalog: CliCatalog): void {
  server.registerTool(
    "explain",
    {
      title: "Explain one error message",
      description:
        "Match one grade passback error message against the catalog: the entry, what it means, the fix per actor " +
        "(teacher, Canvas admin, SIS admin, SIS vendor) with the message's values filled in, and whether the " +
        "message text is verified or inferred. Without an SIS, wording that several SISes use lists candidates.",
      inputSchema: ExplainInput,
      outputSchema: ExplainOutput,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    (input) =>
      guarded(() => {
        const { compiled } = catalog;
        checkSis(input.sis, compiled.sisSlugs, { argument: SIS_ARGUMENT });
        const hint = {
          ...(input.sis !== undefined && { sis: input.sis }),
          ...(input.httpStatus !== undefined && { httpStatus: input.httpStatus }),
        };
        const found = matchMessage(compiled, input.message, hint);
        // Each candidate explained as if its SIS had been named: its captures and its fix for this message.
        const candidates = (found?.entry === null ? found.candidates : []).flatMap((id) => {
          const entry = compiled.entries.find((candidate) => candidate.id === id);
          const match = entry && matchMessage(compiled, input.message, { ...hint, sis: entry.sis });
          if (!entry || !match?.entry || match.entry.id !== id) return [];
          return [{ entry, captures: { ...match.captures }, fix: renderFix(entry, match.captures) }];
        });
        if (!found?.entry) {
          const template = maskMessage(input.message);
          const structured = {
            explained: false,
            entry: null,
            captures: {},
            fix: null,
            provenance: null,
            sisKnown: candidates.length === 0,
            candidates,
            template,
          };
          const texts =
            candidates.length > 0
              ? [candidateLine(candidates.map((candidate) => candidate.entry))]
              : [`No catalog entry explains this message. Its template: ${template}`];
          return toolResult(structured, texts);
        }
        const structured = {
          explained: true,
          entry: found.entry,
          captures: { ...found.captures },
          fix: renderFix(found.entry, found.captures),
          provenance: found.entry.provenance.message,
          sisKnown: true,
          candidates: [],
          template: null,
        };
        return toolResult(structured, [renderEntry(found.entry)]);
      }),
  );
}

function candidateLine(entries: readonly CatalogEntry[]): string {
  const list = entries.map((entry) => `${entry.id} (${entry.sis})`).join(", ");
  return `The SIS is not known and this wording does not name one; candidates: ${list}. Pass \`sis\` to choose.`;
}
