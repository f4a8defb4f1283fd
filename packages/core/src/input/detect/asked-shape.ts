import type { InputShape } from "../input-source.js";
import { detectDelimiter } from "./detect-delimiter.js";
import { type DetectedShape, delimiterName } from "./detect-shape.js";

/** The container the caller asked for instead of the one detection would pick; a CSV's delimiter is still found. */
export function askedShape(shape: InputShape, sample: string, complete: boolean): DetectedShape {
  if (shape !== "csv") return { shape, reason: "as asked" };
  const delimiter = detectDelimiter(sample.trimStart(), complete)?.delimiter ?? ",";
  return { shape, delimiter, reason: `as asked, ${delimiterName(delimiter)}-separated` };
}
