import { parseDate } from "./parse-date.js";

/**
 * How a date column reads its slash dates with the year last (`03/09/2025`): day first or month first, and whether
 * the head of the input proved the order (a value only one order reads) or month first, the US order, was assumed.
 */
export interface SlashDateOrder {
  dayFirst: boolean;
  proven: boolean;
}

export const ASSUMED_MONTH_FIRST: SlashDateOrder = { dayFirst: false, proven: false };

/**
 * The order a column's first values prove. A value whose first part is over 12 (`14/09/2025`) reads only day first,
 * one whose second part is (`09/14/2025`) only month first; `03/09/2025` reads either way and proves nothing. When
 * both kinds appear the more frequent wins (the assembler reports the others); with neither, month first is assumed.
 */
export function slashDateOrderOf(values: readonly string[]): SlashDateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const value of values) {
    if (value.indexOf("/") < 0) continue;
    const readsMonthFirst = parseDate(value, false) !== undefined;
    const readsDayFirst = parseDate(value, true) !== undefined;
    if (readsDayFirst && !readsMonthFirst) dayFirst++;
    else if (readsMonthFirst && !readsDayFirst) monthFirst++;
  }
  if (dayFirst === 0 && monthFirst === 0) return ASSUMED_MONTH_FIRST;
  return { dayFirst: dayFirst > monthFirst, proven: true };
}
