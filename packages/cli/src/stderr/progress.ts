import { formatCount } from "@sis/core";
import type { Output } from "../io.js";

/** A few updates a second are enough to show life; more would cost time on million-row logs. */
const REDRAW_EVERY_MS = 250;

export interface Progress {
  tick(): void;
  /** Erase the progress line so other output starts on a clean line. */
  clear(): void;
}

/** "read 12,345 rows (4,321 rows/s)" redrawn in place; only ever used when stderr is a terminal. */
export function createProgress(stderr: Output, now: () => number): Progress {
  const started = now();
  let rows = 0;
  let lastDraw = started;
  let drawn = false;
  return {
    tick() {
      rows++;
      const time = now();
      if (time - lastDraw < REDRAW_EVERY_MS) return;
      lastDraw = time;
      const perSecond = Math.round((rows * 1000) / Math.max(1, time - started));
      stderr.write(`\r\u001b[Kread ${formatCount(rows)} rows (${formatCount(perSecond)} rows/s)`);
      drawn = true;
    },
    clear() {
      if (drawn) stderr.write("\r\u001b[K");
      drawn = false;
    },
  };
}
