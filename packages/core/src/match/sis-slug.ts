import { SIS_ALIASES as ALIASES } from "../records/sis-names.js";
import { detach } from "../util/detach.js";

/** The catalog's slug for a SIS's name; a name no alias knows falls through lower-cased and hyphenated. */
export function normalizeSis(name: string | undefined): string | undefined {
  if (!name) return undefined;
  let slug = SLUGS.get(name);
  if (slug === undefined && !SLUGS.has(name)) {
    slug = slugOf(name);
    // Detached: a name cut from the input must not keep its chunk alive.
    if (SLUGS.size < REMEMBERED_NAMES) SLUGS.set(detach(name), slug);
  }
  return slug;
}

/**
 * Slugs of the names seen, as a log names its SIS the same way on every row: every error that is not remembered
 * by the matcher asks again (two regular expressions each time were 1% of a district's run). Bounded, and only
 * ever grows by the few spellings a log uses.
 */
const SLUGS = new Map<string, string | undefined>();
const REMEMBERED_NAMES = 256;

function slugOf(name: string): string | undefined {
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
