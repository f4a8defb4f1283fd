/** A round top for a y axis (1, 2 or 5 times a power of ten) at or above the largest value. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  // Fine steps, so the tallest bar fills at least two thirds of the chart.
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Gridlines at whole numbers: halves of an even top, thirds of one that divides by three (15 → 5, 10, 15). */
export function gridValues(top: number): number[] {
  if (top % 2 === 0) return [0, top / 2, top];
  if (top % 3 === 0) return [0, top / 3, (2 * top) / 3, top];
  return [0, top];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Room a label takes on the axis, in chart units (11px text such as "Sep 2025"). */
const LABEL_WIDTH = 64;

/**
 * Where to label the x axis of bars that start on the given days: at the first bar of each month (a month cut at
 * the start of the log is labelled only when there is room); within a single month, every few days. Labels that
 * would overlap the one before, or run past the end of the axis, are left out.
 */
export function monthTicks(starts: readonly string[], width: number): { index: number; label: string }[] {
  const step = width / Math.max(1, starts.length);
  const candidates: { index: number; label: string }[] = [];
  let month = "";
  for (const [index, start] of starts.entries()) {
    if (start.slice(0, 7) === month) continue;
    month = start.slice(0, 7);
    candidates.push({ index, label: `${MONTHS[Number(start.slice(5, 7)) - 1]} ${start.slice(0, 4)}` });
  }
  if (candidates.length < 2) {
    candidates.length = 0;
    const every = Math.max(1, Math.ceil(LABEL_WIDTH / step));
    for (let index = 0; index < starts.length; index += every) {
      candidates.push({ index, label: (starts[index] as string).slice(5) });
    }
  }
  const ticks: { index: number; label: string }[] = [];
  let free = Number.NEGATIVE_INFINITY;
  for (const tick of candidates) {
    const x = tick.index * step;
    if (x + LABEL_WIDTH > width + 8) continue;
    if (x < free) {
      // A month the log starts in the middle of gives way to the whole month after it.
      if (ticks.length !== 1 || ticks[0]?.index !== 0) continue;
      ticks.pop();
    }
    ticks.push(tick);
    free = x + LABEL_WIDTH + 8;
  }
  return ticks;
}
