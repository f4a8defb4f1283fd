/**
 * The Map key for an id: a short canonical decimal integer ("2678620", not "007" or "1e3") as that number, any
 * other text as itself. SIS ids are mostly such numbers, and a number key is hashed and compared without reading
 * a string, which on a large log means one cache miss fewer per lookup. The mapping is one-to-one, so two ids share
 * a key exactly when their texts are equal.
 */
export function idKey(text: string): string | number {
  const length = text.length;
  if (length === 0 || length > 9) return text;
  let value = 0;
  for (let at = 0; at < length; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9 || (digit === 0 && at === 0 && length > 1)) return text;
    value = value * 10 + digit;
  }
  return value;
}
