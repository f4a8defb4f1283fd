import type { CliIo } from "./io.js";

/** What a terminal was before terminals could say their size, and what most still default to. */
export const DEFAULT_WIDTH = 80;
/** Below this no table can show a finding legibly; narrower terminals get lines this long. */
export const NARROWEST = 40;

/**
 * The columns text for a person may take: COLUMNS when set to a number (as `ls` and Python read it, so
 * `COLUMNS=100 gpb-analyze … | less` works), else the terminal's width, else 80.
 */
export function outputWidth(io: CliIo): number {
  const fromEnv = /^\s*\d+\s*$/.test(io.env.COLUMNS ?? "") ? Number(io.env.COLUMNS) : 0;
  const width = fromEnv > 0 ? fromEnv : (io.stdout.columns ?? 0) > 0 ? (io.stdout.columns as number) : DEFAULT_WIDTH;
  return Math.max(NARROWEST, width);
}
