import { Actor, type CatalogEntry, type RenderedFix } from "./entry-schema.js";

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** Fill `{capture}` placeholders in one step; a capture the message did not yield stays visible as `{name}`. */
export function fillPlaceholders(text: string, captures: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => captures[name] ?? whole);
}

/** The entry's fix steps for every actor, with the captures of a concrete message filled in. */
export function renderFix(entry: CatalogEntry, captures: Readonly<Record<string, string>>): RenderedFix {
  const fix: RenderedFix = {};
  for (const actor of Actor.options) {
    const steps = entry.fix[actor];
    if (steps) fix[actor] = steps.map((step) => fillPlaceholders(step, captures));
  }
  return fix;
}
