/**
 * A copy of a string that shares no memory with the text it was cut from. V8 represents a substring of 13 or more
 * characters as a slice that keeps its whole parent alive: one kept course name can pin a 64 KB chunk of the input.
 * A JSON round trip yields one fresh flat string (a flattened concatenation would leave a slice header on top of
 * its copy); it runs only for strings the analysis keeps, a few hundred thousand in a million-line log.
 */
export function detach<T extends string | undefined>(text: T): T {
  return (text === undefined || !maySlice(text) ? text : JSON.parse(JSON.stringify(text))) as T;
}

/** Whether V8 may have made `text` a slice of a longer string: shorter substrings are always copies. */
export function maySlice(text: string): boolean {
  return text.length >= 13;
}

/** `detach` of every value of a small record (a match's captures); the same object when no value needs a copy. */
export function detachValues(values: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  let copy: Record<string, string> | undefined;
  for (const name in values) {
    const value = values[name] as string;
    if (!maySlice(value)) continue;
    copy ??= { ...values };
    copy[name] = detach(value);
  }
  return copy ?? values;
}
