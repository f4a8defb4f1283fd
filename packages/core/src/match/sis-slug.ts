import { SIS_ALIASES as ALIASES } from "../records/sis-names.js";

/** The catalog's slug for a SIS's name; a name no alias knows falls through lower-cased and hyphenated. */
export function normalizeSis(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (key === "") return undefined;
  return ALIASES[key] ?? name.trim().toLowerCase().replace(/\s+/g, "-");
}

/**
 * The SIS an input's name gives away ("aspen-grade-sync.csv", "Infinite Campus export.tsv"), when the catalog knows
 * it: words of the name, alone or with the next one, looked up like a SIS column's value. Short aliases ("ps",
 * "ic") and Canvas are not taken from a name: too many file names hold them by chance.
 */
export function sisNamedBy(inputName: string, known: ReadonlySet<string>): string | undefined {
  const base = inputName.split(/[\\/]/).at(-1) ?? "";
  const words = base
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  for (let at = 0; at < words.length; at++) {
    for (const key of [`${words[at]}${words[at + 1] ?? ""}`, words[at] as string]) {
      const slug = key.length >= 5 ? ALIASES[key] : undefined;
      if (slug !== undefined && slug !== "canvas" && known.has(slug)) return slug;
    }
  }
  return undefined;
}
