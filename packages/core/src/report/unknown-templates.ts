import type { UnexplainedTemplate } from "../aggregate/aggregated.js";
import { type Example, withExample } from "../aggregate/examples.js";
import type { CatalogEntry } from "../catalog/entry-schema.js";
import { candidateSisOf } from "./candidate-sis.js";
import { clusterTemplates } from "./cluster-templates.js";
import { entryWords, nearestEntry } from "./nearest-entry.js";
import { compareText, compareUnknown } from "./order.js";
import type { UnknownTemplate } from "./report-schema.js";

/**
 * The unexplained errors of a report: masked templates folded into clusters, each with its count, examples and
 * the nearest catalog entry. A function of the set of templates alone, so mergeReports calls it on the union of
 * its reports' templates and gets what one analysis of all inputs would.
 */
export function unknownFromTemplates(
  templates: readonly UnexplainedTemplate[],
  entries: readonly CatalogEntry[],
): UnknownTemplate[] {
  const byTemplate = new Map(templates.map((template) => [template.template, template]));
  const signatures = entries.map((entry) => ({ id: entry.id, words: entryWords(entry) }));
  const sisById = new Map(entries.map((entry) => [entry.id, entry.sis]));
  return clusterTemplates(templates)
    .map((cluster): UnknownTemplate => {
      const members = cluster.members
        .map((template) => byTemplate.get(template))
        .filter((member) => member !== undefined);
      let examples: readonly Example[] = [];
      for (const member of members) {
        for (const example of member.examples) examples = withExample(examples, example);
      }
      const candidates = [...new Set(members.flatMap((member) => member.candidates))].sort();
      const candidateSis = candidateSisOf(candidates, (id) => sisById.get(id));
      return {
        template: cluster.template,
        count: members.reduce((sum, member) => sum + member.count, 0),
        variants: members
          .map((member) => ({
            template: member.template,
            count: member.count,
            examples: [...member.examples],
            candidates: member.candidates,
          }))
          .sort((a, b) => b.count - a.count || compareText(a.template, b.template)),
        examples: [...examples],
        candidates,
        ...(candidateSis && { candidateSis }),
        nearest: nearestEntry(cluster.template, signatures),
      };
    })
    .sort(compareUnknown);
}
