/**
 * JSON.parse's reason without the text it quotes. V8 says `Unexpected token 'J', "Jane Doe, "... is not valid JSON`:
 * that snippet is row content (a student's name, an email) and diagnostics are printed unredacted, so only the
 * kind of error and its position are kept.
 */
export function jsonErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const withoutSnippet = message.replace(/,?\s*(?:\.\.\.)?"[\s\S]*"(?:\.\.\.)?\s*is not valid JSON$/, "").trim();
  return withoutSnippet.length > 0 ? withoutSnippet : "not valid JSON";
}
