/** How much of a wrong argument's value a refusal quotes: enough to recognise it, never a whole pasted log. */
const QUOTED_CHARS = 60;

/**
 * The zod error option for a tool argument: the refusal says what was expected and what arrived, as the CLI's usage
 * errors do, where zod's own wording ("Too big: expected number to be <=200") never says what arrived. The SDK
 * validates arguments before a tool runs and offers no hook to word its refusal, but it keeps this message and adds
 * " at ARGUMENT" after it; the argument's type in the listed input schema is untouched.
 */
export function expects(what: string): { error: (issue: { input?: unknown }) => string } {
  return { error: (issue) => `expected ${what}, got ${arrived(issue.input)}` };
}

function arrived(value: unknown): string {
  if (value === undefined) return "nothing";
  const json = JSON.stringify(value) ?? String(value);
  return json.length > QUOTED_CHARS ? `${json.slice(0, QUOTED_CHARS - 1)}…` : json;
}
