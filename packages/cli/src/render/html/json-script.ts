/**
 * JSON for a `<script type="application/json">` block: `<`, `>` and `&` as \u escapes so no `</script>` or `<!--`
 * in a log message can end or change the block, and U+2028/U+2029 escaped for older JavaScript parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
