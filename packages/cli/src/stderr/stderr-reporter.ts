import { type Diagnostic, plural } from "@sis/core";
import type { CliIo } from "../io.js";
import { wrapIndented } from "../render/wrap-text.js";
import { outputWidth } from "../terminal-width.js";
import { formatDiagnostic } from "./diagnostic-line.js";
import { createProgress } from "./progress.js";

/** A screenful: enough to see what was inferred, not so many that the report scrolls away. */
export const SHOWN_DIAGNOSTICS = 20;

export interface StderrReporter {
  record(): void;
  diagnostic(diagnostic: Diagnostic): void;
  /** Diagnostics that happened but were not handed over (another thread kept only the first ones): counted. */
  unshown(count: number): void;
  /** Print the "… and N more" line and clear the progress line. */
  finish(): void;
}

/** Everything the analyze command says on stderr while it runs; silent with --quiet. */
export function createStderrReporter(io: CliIo, quiet: boolean): StderrReporter {
  if (quiet) return { record() {}, diagnostic() {}, unshown() {}, finish() {} };
  // Progress only for a person watching: in a pipe or a CI log it would be noise.
  const progress = io.stderr.isTTY && io.now ? createProgress(io.stderr, io.now) : null;
  // A person reads wrapped lines (continuations indented); a log file or an editor gets one line per diagnostic.
  const width = io.stderr.isTTY ? outputWidth(io) : Number.POSITIVE_INFINITY;
  const lineOf = (text: string) => (Number.isFinite(width) ? wrapIndented(text, width, "", "  ").join("\n") : text);
  let count = 0;
  return {
    record: () => progress?.tick(),
    diagnostic(diagnostic) {
      count++;
      if (count > SHOWN_DIAGNOSTICS) return;
      progress?.clear();
      io.stderr.write(`${lineOf(formatDiagnostic(diagnostic))}\n`);
    },
    unshown(hidden) {
      count += hidden;
    },
    finish() {
      progress?.clear();
      const hidden = count - SHOWN_DIAGNOSTICS;
      if (hidden > 0) io.stderr.write(`… and ${plural(hidden, "more diagnostic")} (see the json report)\n`);
    },
  };
}
