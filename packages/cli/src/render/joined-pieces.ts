/**
 * `[...pieces].join(separator)` with `finish` applied to the last piece, written piece by piece: each piece goes
 * out once the next one shows it is not the last, so a long document is never held as one string.
 */
export function* joinedPieces(
  pieces: Iterable<string>,
  separator: string,
  finish: (last: string) => string,
): Generator<string> {
  let previous: string | undefined;
  for (const piece of pieces) {
    if (previous !== undefined) yield previous + separator;
    previous = piece;
  }
  if (previous !== undefined) yield finish(previous);
}
