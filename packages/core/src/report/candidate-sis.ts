/**
 * The SISes a list of candidate entries belong to, sorted and each once, or undefined for none: what `--sis` could
 * name to let one of them explain the message. An id the catalog does not hold (a merged shard's) is left out.
 */
export function candidateSisOf(
  candidates: readonly string[] | undefined,
  sisOf: (id: string) => string | undefined,
): string[] | undefined {
  const sis = new Set<string>();
  for (const id of candidates ?? []) {
    const slug = sisOf(id);
    if (slug !== undefined) sis.add(slug);
  }
  return sis.size === 0 ? undefined : [...sis].sort();
}
