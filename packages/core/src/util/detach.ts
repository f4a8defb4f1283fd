/**
 * A copy of a string that shares no memory with the text it was cut from. V8 represents a substring of 13 or more
 * characters as a slice that keeps its whole parent alive: one kept course name can pin a 64 KB chunk of the input.
 * Flattening a concatenation is the portable way to force a copy. Used only for strings the analysis keeps.
 */
export function detach<T extends string | undefined>(text: T): T {
  return (text === undefined || text.length < 13 ? text : ` ${text}`.slice(1)) as T;
}
