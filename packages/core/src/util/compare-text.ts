/**
 * Texts in code unit order, a missing one as "": the one ordering of text in a report, so output is stable whatever
 * order the inputs arrived in.
 */
export function compareText(a: string | null | undefined, b: string | null | undefined): number {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}
