import { normalizeSis } from "@sis/core";
import { closestIds } from "../catalog/closest-ids.js";
import { UsageError } from "../usage-error.js";

/** The catalog's slug for wordings shared by every SIS: not a SIS anyone runs. */
const NOT_A_SIS = "generic";

/**
 * `--sis NAME` must name a SIS the catalog knows (by slug or a usual spelling, "PowerTeacher Pro", "IC"): a typo
 * would otherwise match every record as no SIS's at all, and the report would say nothing about it. `argument` is
 * what the caller called it (an MCP tool's `sis`); a search of the catalog may also ask for the generic entries.
 */
export function checkSis(
  value: string | undefined,
  slugs: ReadonlySet<string>,
  { argument = "--sis", generic = false }: { argument?: string; generic?: boolean } = {},
): string | undefined {
  if (value === undefined) return undefined;
  const slug = normalizeSis(value);
  const known = [...slugs].filter((name) => generic || name !== NOT_A_SIS).sort();
  if (slug !== undefined && known.includes(slug)) return value;
  const close = closestIds(slug ?? value, known, 1)[0];
  const hint = close === undefined ? ", which no known name is close to." : `; did you mean ${close}?`;
  throw new UsageError(
    `${argument} expects a SIS the catalog knows, got "${value}"${hint} Known: ${known.join(", ")} ` +
      '(usual spellings such as "PowerTeacher Pro" or "Infinite Campus" work too)',
  );
}
