/**
 * A copy of a string that shares no memory with the text it was cut from. V8 represents a substring of 13 or more
 * characters as a slice that keeps its whole parent alive: one kept course name can pin a 64 KB chunk of the input.
 * A JSON round trip yields one fresh flat string (a flattened concatenation would leave a slice header on top of
 * its copy); it runs only for strings the analysis keeps, a few hundred thousand in a million-line log.
 */
export function detach<T extends string | undefined>(text: T): T {
  return (text === undefined || text.length < 13 ? text : JSON.parse(JSON.stringify(text))) as T;
}
