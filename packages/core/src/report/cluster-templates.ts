import { compareText } from "../util/compare-text.js";

/**
 * Drain-style consolidation of masked messages into templates. Masking already folds ids, numbers, dates and
 * quoted text; what is left to fold are unquoted names ("Grading category Homework not found" vs "… Quizzes …").
 * Two templates of the same length merge when most tokens agree and every token that differs looks like a name
 * (capitalised, or already a placeholder) on both sides; differing lower-case words mean different messages.
 *
 * The result depends only on the set of (template, count) pairs, never on arrival order, so merged reports
 * cluster exactly as one analysis of all their inputs would.
 */
export const WILDCARD = "<*>";
const MIN_SHARED = 0.6;

export interface CountedTemplate {
  template: string;
  count: number;
}

/** A template with wildcards and the masked templates folded into it (the report's `variants`). */
export interface Cluster {
  template: string;
  members: string[];
}

export function clusterTemplates(templates: readonly CountedTemplate[]): Cluster[] {
  const ordered = [...templates].sort((a, b) => b.count - a.count || compareText(a.template, b.template));
  const byLength = new Map<number, { tokens: string[]; cluster: Cluster }[]>();
  const clusters: Cluster[] = [];
  for (const { template } of ordered) {
    const tokens = template.split(" ");
    const bucket = byLength.get(tokens.length) ?? [];
    byLength.set(tokens.length, bucket);
    const home = bucket.find((candidate) => canMerge(candidate.tokens, tokens));
    if (home) {
      home.tokens = home.tokens.map((token, i) => (token === tokens[i] ? token : WILDCARD));
      home.cluster.template = home.tokens.join(" ");
      home.cluster.members.push(template);
    } else {
      const cluster = { template, members: [template] };
      bucket.push({ tokens, cluster });
      clusters.push(cluster);
    }
  }
  return clusters;
}

function canMerge(a: readonly string[], b: readonly string[]): boolean {
  let same = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) same++;
    else if (!isNameLike(x) || !isNameLike(y)) return false;
  }
  return same / a.length >= MIN_SHARED && same > 0;
}

function isNameLike(token: string): boolean {
  return token === WILDCARD || /^[<("'[]?[A-Z]/.test(token) || /^<\w+>/.test(token);
}
