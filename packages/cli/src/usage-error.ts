/** A mistake in how the tool was called; printed with a usage hint and exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
